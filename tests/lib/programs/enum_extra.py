# needs: "class D(dict):\n    def __setitem__(self, k, v):\n        raise KeyError(k)\nclass M(type):\n    @classmethod\n    def __prepare__(m, n, b, **k):\n        return D()\ntry:\n    class C(metaclass=M):\n        x = 1\nexcept KeyError:\n    pass\nelse:\n    raise SystemExit(1)"
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    N = 0
print(list(P), P.RW, list(P.__members__), P(6) is P.RW, repr(P.N), len(P), list(P.RW))
print(~P.R, repr(P.R & P.W), str(P(0)), P.R ^ P.W, bool(P.N), len(P.RW))
try:
    P(8)
except ValueError as e:
    print("ValueError:", e)
class Q(IntFlag):
    A = 1
    B = 2
    AB = 3
print(list(Q), repr(Q(3)), repr(Q.A | Q.B), repr(Q.A | 4), str(Q.A | 4), repr(~Q.A), repr(Q(0)), Q.A + 1)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(list(S), S('bee'), repr(S.A), S.A == 'a', str(S.A), S.A.upper(), f"{S.B}!")
class C(Enum):
    A = 1
    B = 'x'
    C = auto()
    D = 2
    E = 1
print(list(C), C.E, C(1), C['B'], C.A in C, [m for m in reversed(C)])
try:
    1 in C
except TypeError as e:
    print("TypeError:", e)
try:
    C.A = 3
except AttributeError as e:
    print("AttributeError:", e)
E = Enum('E', 'X Y Z')
print(list(E), E.X.value, E.Z, E)
E2 = Enum('E2', [('A', 10), ('B', 20)])
print(list(E2), E2(20))
E3 = Enum('E3', {'K': 'k'})
print(E3.K.value, repr(E3.K))
class Mixed(str, Enum):
    X = 'x'
print(str(Mixed.X), repr(Mixed.X), Mixed.X == 'x', f"{Mixed.X}", Mixed.X.value)
class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    ONE = (1, 'one')
    TWO = (2, 'two')
print(WithNew(2), WithNew.ONE.label, WithNew.TWO.value)
class Missing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.lower()) or cls('a')
        return None
print(Missing('A'), Missing('zzz'))
try:
    Missing(3)
except ValueError as e:
    print("ValueError:", e)
class Ordered(IntEnum):
    LOW = auto()
    HIGH = auto()
print(max(Ordered), Ordered.HIGH > 1, Ordered.LOW + Ordered.HIGH, hex(Ordered.HIGH), Ordered(2) is Ordered.HIGH)
d = {C.A: 'a'}
print(d[C.E], C.A.name, C.A.value, type(C.A), isinstance(C.A, Enum), issubclass(Ordered, int))
@unique
class U(Enum):
    A = 1
    B = 2
print(U.A, U.B.name)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
class Sub(Enum):
    def describe(self):
        return self.name.lower()
class Sub2(Sub):
    Q = 1
print(Sub2.Q.describe())
try:
    class Sub3(Sub2):
        R = 2
except TypeError as e:
    print("TypeError:", e)
