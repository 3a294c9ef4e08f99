import copy
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Q(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class R(Q):
    pass
q = Q(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"), P.x, type(P.x).__name__)
r = R(4, 5, 6); r.w = 7
print(r.x, r.z, r.w, r.__dict__)
del q.y
try:
    q.y
except AttributeError as e:
    print("AE", e)
try:
    del q.y
except AttributeError as e:
    print("AE2", e)
try:
    q.other = 1
except AttributeError as e:
    print("AE3", e)
q.y = None
print(q.y, getattr(q, "y"), copy.copy(r).w, copy.deepcopy(Q(7, 8, [9])).z)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B): pass
    print("no conflict")
except TypeError as e:
    print("TE", e)
class D(A):
    __slots__ = ("d", "__dict__")
d = D(); d.a = 1; d.d = 2; d.e = 3
print(d.a, d.d, d.e, d.__dict__)
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print("AE4", e)
print(sorted(Q.__slots__), P.__slots__)
