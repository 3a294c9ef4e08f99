x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    class C:
        x = 'class'
        def m(self):
            return x
        y = [x for _ in range(1)]
    return inner(), C().m(), C.y
print(outer())
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter(); c(); print(c(5))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
def gen_closure():
    vals = []
    for i in range(3):
        def f(i=i): return i
        vals.append(f)
    return [v() for v in vals]
print(gen_closure())
def deleter():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
deleter()
def free_unbound():
    def g(): return z
    try:
        g()
    except NameError as e:
        print(e)
    z = 1
free_unbound()
g = 10
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
class A:
    def f(self): return __class__.__name__
print(A().f())
class B(A):
    def f(self): return 'B>' + super().f() + '>' + super(B, self).f()
print(B().f())
print((lambda *a, **k: (a, k))(1, 2, x=3))
def kwonly(*, a, b=2): return a, b
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
def f2(a, b, c=3): pass
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'a': 1}), ((1, 2), {'d': 4})]:
    try:
        f2(*args, **kw)
    except TypeError as e:
        print(e)
def posonly(a, /, b): return a, b
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)
print(posonly(1, b=2))
import sys
print(sys.getrecursionlimit())
