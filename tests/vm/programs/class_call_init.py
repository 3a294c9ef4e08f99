class A:
    def __init__(self, x, y=2, *rest, k=0, **kw):
        self.t = (x, y, rest, k, kw)
print(A(1).t, A(1, 3, 4, k=5, z=6).t, A(x=9).t)
class B(A):
    pass
print(B(7).t, type(B(7)).__name__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TE", e)
class Raises:
    def __init__(self, v):
        if v:
            raise ValueError("bad v")
        self.v = v
try:
    Raises(1)
except ValueError as e:
    tb = e.__traceback__
    n = []
    while tb: n.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print("VE", e, n)
print(Raises(0).v)
class C:
    def __init__(self):
        self.n = 1
c1 = C()
def new(cls):
    o = object.__new__(cls)
    o.n = 99
    return o
C.__new__ = new
print(c1.n, C().n)
del C.__new__
print(C().n)
C.__init__ = lambda self: setattr(self, "n", 42)
print(C().n)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class D(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(D(3).a)
class E:
    def __init__(self, n):
        self.child = E(n - 1) if n else None
        self.n = n
e = E(50)
print(e.n, e.child.n)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as ex:
    print("TE", ex)
class Slot:
    __slots__ = ("a",)
    def __init__(self, a): self.a = a
print(Slot(5).a)
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, v): self.v = v
print(WithNew(8).v)
class IntSub(int):
    def __init__(self, v): self.extra = v * 2
print(IntSub(4), IntSub(4).extra)
import sys
class F:
    def __init__(self):
        self.depth = sys._getframe(1).f_code.co_name
def caller(): return F().depth
print(caller())
# Deeper than the eval loop's JS-call depth (INLINE_CALLS_AFTER): the same calls entered inline.
def deep_bad(n):
    if n == 0:
        return Bad()
    return deep_bad(n - 1)
try:
    deep_bad(150)
except TypeError as ex:
    print("deep TE", ex)
deep_e = E(300)
print(deep_e.n, deep_e.child.child.n)
def deep_raise(n):
    if n == 0:
        return Raises(1)
    return deep_raise(n - 1)
try:
    deep_raise(200)
except ValueError as ex:
    tb = ex.__traceback__
    k = 0
    while tb: k += 1; tb = tb.tb_next
    print("deep VE", ex, k)
