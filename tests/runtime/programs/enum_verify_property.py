import enum
class Cap(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = enum.auto()
    B = enum.auto()
print(list(Cap), Cap.A.value)
class Coin(enum.Enum):
    PENNY = 1, "copper"
    DIME = 10, "silver"
    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj
print(Coin(10), Coin.DIME.metal, Coin.PENNY.value)
class F(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2
print(F(7), repr(F(7)), F(5) & F.A, list(F(3)))
class S(enum.Flag, boundary=enum.STRICT):
    Y = 2
try:
    S(8)
except ValueError as e:
    print(type(e).__name__, e)
class C(enum.Flag):
    R = 1
    G = 2
    B = 4
    WHITE = 7
print(C(7), C.R | C.G, repr(C(0)), str(C.R | C.B), list(C.WHITE), C.WHITE.name, (C.R | C.G).name, C(6).value, format(C.R))
@enum.verify(enum.UNIQUE)
class U(enum.Enum):
    A = 1
    B = 2
try:
    @enum.verify(enum.CONTINUOUS)
    class V(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(type(e).__name__, e)
class Weekday(enum.IntEnum):
    MON = 1
    TUE = 2
    @property
    def is_weekend(self): return False
    @classmethod
    def today(cls): return cls.MON
print(Weekday.today(), Weekday.MON.is_weekend, Weekday(2).name, Weekday["TUE"] + 1, Weekday.MON in [1, 2], 1 in Weekday.__members__.values(), sorted(Weekday, reverse=True))
print(enum.Enum.__members__ if False else "", isinstance(Weekday.MON, int), Weekday.MON.__class__.__mro__[:3], type(Weekday), repr(Weekday))
try:
    class E2(Weekday):
        X = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Weekday.MON.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Weekday.__members__.keys(), dir(Weekday)[:5] if False else "", Weekday.MON.__reduce_ex__(2) if False else "", hash(Weekday.MON) == hash(Weekday.MON))
class Str(enum.StrEnum):
    A = "alpha"
    B = enum.auto()
print(Str.A, Str.B, Str.A + "!", Str.A.upper(), "%s" % Str.B, Str("alpha") is Str.A, len(Str.A))
try:
    @enum.verify(enum.UNIQUE)
    class Al(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    @enum.verify(enum.CONTINUOUS)
    class Fl(enum.Flag):
        A = 1
        D = 8
except ValueError as e:
    print(type(e).__name__, e)
try:
    @enum.verify(enum.NAMED_FLAGS)
    class NF(enum.Flag):
        A = 1
        B = 2
        ABX = 11
except ValueError as e:
    print(type(e).__name__, e)
print(enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS), list(enum.EnumCheck))
try:
    del Weekday.MON.name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Coin.DIME.name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(Coin.DIME.name, Coin.DIME.value, Weekday.TUE.value, type(Weekday.__dict__["is_weekend"]).__name__ if "is_weekend" in Weekday.__dict__ else "")
class P(property):
    def __set__(self, obj, v):
        print("custom set", v)
    def __get__(self, obj, t=None):
        return "custom get" if obj is not None else self
class Q(property):
    pass
class A:
    p = P(lambda s: 1)
    q = Q(lambda s: 2)
    @Q
    def r(self): return 3
a = A(); a.p = 5; print(a.p, a.q, a.r, type(A.q).__name__)
try:
    a.q = 1
except AttributeError as e:
    print(type(e).__name__, e)
