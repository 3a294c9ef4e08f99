# Assigning a class's __bases__, __name__ and __qualname__.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A): pass
class D(C): pass
c = C(); d = D()
print(c.who(), d.who())
C.__bases__ = (B,)
print(c.who(), d.who(), D.__mro__, A.__subclasses__(), B.__subclasses__())
for bad in [(), 5, (1,), (D,), (int,)]:
    try:
        C.__bases__ = bad
    except TypeError as e: print(type(e).__name__, e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
try: del C.__bases__
except TypeError as e: print(e)
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
try:
    Y.__bases__ = (Z,)
    print(W.__mro__)
except TypeError as e: print(e)
class N:
    pass
N.__name__ = "Renamed"
N.__qualname__ = "Outer.Renamed"
print(N, N.__name__, N.__qualname__)
for attr, val in (("__name__", 5), ("__qualname__", None)):
    try:
        setattr(N, attr, val)
    except TypeError as e:
        print(e)
try:
    del N.__name__
except TypeError as e:
    print(e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(e)
