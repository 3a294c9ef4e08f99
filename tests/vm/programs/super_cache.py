class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B>" + super().f()
class C(B):
    def f(self): return "C>" + super().f()
c = C()
print(c.f())
A.f = lambda self: "A2.f"
print(c.f())
def bf(self): return "B2>" + super(B, self).f()
B.f = bf
print(c.f())
del B.f
print(c.f())
print(super(C, c).__class__, super(B, C).f.__qualname__)
try:
    super(C, c).missing
except AttributeError as e:
    print("AE", e)
A.missing = 5
print(super(C, c).missing)
class M(type):
    def g(cls): return "M.g"
class N(metaclass=M):
    @classmethod
    def h(cls): return super().__init_subclass__
print(N.g(), N.h().__name__)
