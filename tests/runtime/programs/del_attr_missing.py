# Deleting a missing attribute: CPython's generic message, no name/obj, no suggestion; builtins shadowing.
import builtins
len = lambda x: 'shadowed'
print(len([1]))
del len
print(len([1]))
builtins.print2 = print
print2('via builtins')
def use_later(): return later_defined
later_defined = 'ok'; print(use_later())
del later_defined
try: use_later()
except NameError as e: print(e)
x = 1
del x
try: del x
except NameError as e: print(e)
def f():
    global gnew
    gnew = 'created'
f(); print(gnew)
class C:
    global gc_
    gc_ = 'from class'
print(gc_)
try:
    del builtins.nonexistent
except AttributeError as e: print(e)
int = str
print(int(5) + 'x')
del int
print(int('5') + 1)
__builtins__.abs = lambda v: 'patched'
print(abs(-1))
del __builtins__.abs
print(abs(-1))
class A:
    def __init__(self): self.value = 1
a = A()
try:
    del a.valeu
except AttributeError as e:
    print(repr(e), e.name, e.obj is a)
import math
try:
    del math.zz
except AttributeError as e:
    print(e)
