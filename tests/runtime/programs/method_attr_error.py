# A bound method's missing attribute is reported by its function, as CPython's method lookup delegates there.
class A:
    def m(self):
        return 1
a = A()
A.m.tag = 'on function'
print(a.m.tag, a.m.__name__, a.m.__func__ is A.m)
for name in ['x', '__wrapped__']:
    try:
        getattr(a.m, name)
    except AttributeError as e:
        print(e)
print(hasattr(a.m, 'x'), getattr(a.m, 'x', 'default'))
try:
    super(A, a).nope
except AttributeError as e:
    print(e)
import math
try:
    math.nope
except AttributeError as e:
    print(e)
a.m.tagg
