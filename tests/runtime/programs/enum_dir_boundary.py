import enum
class Color(enum.Enum):
    RED = 1
    def m(self): pass
    @property
    def p(self): return 1
class P(enum.IntEnum):
    A = 1
class F(enum.Flag):
    A = 1
class S(enum.StrEnum):
    X = 'x'
class N(enum.Enum):
    def __new__(cls, v):
        o = object.__new__(cls); o._value_ = v; return o
    A = 1
for c in (Color, P, F, S, N, enum.Enum, enum.Flag):
    print(c.__name__, dir(c))
for m in (Color.RED, F.A, N.A):
    print(m, dir(m))
print(enum.FlagBoundary, list(enum.FlagBoundary), enum.FlagBoundary.STRICT, repr(enum.KEEP), enum.STRICT is enum.FlagBoundary.STRICT, enum.STRICT == 'strict')
print(F._boundary_, repr(enum.IntFlag._boundary_))
class Big(enum.IntFlag, boundary=enum.KEEP):
    A = 1
print(repr(Big(5)), Big._boundary_ is enum.KEEP)
class Ej(enum.Flag, boundary=enum.FlagBoundary.EJECT):
    A = 1
print(repr(Ej(3)))
class Co(enum.Flag, boundary=enum.CONFORM):
    A = 1
print(repr(Co(3)))
try:
    F(3)
except ValueError as e:
    print(e)
print(sorted(set(dir(P)) - set(dir(int))), 'name' in dir(S.X), 'X' in dir(S.X), 'upper' in dir(S.X))
