import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.EARTH.mass)
class Ord(Enum):
    A = 1
    B = 2
    ALIAS = 1
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def first(cls): return list(cls)[0]
print(list(Ord), Ord.ALIAS, Ord.ALIAS is Ord.A, Ord.__members__, Ord.A.describe(), Ord.first(), Ord['ALIAS'])
try:
    @unique
    class U(Enum):
        X = 1; Y = 1
except ValueError as e: print(e)
class S(StrEnum):
    A = auto(); B = 'bee'
print(S.A, S.B, repr(S.A), S.A.upper(), S.A == 'a', f"{S.B}")
class Col(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Col.WHITE, repr(Col.WHITE), list(Col), Col.RED | Col.BLUE, bool(Col(0)), Col.WHITE & ~Col.RED, len(Col.WHITE), Col(3), [c.name for c in Col.WHITE])
class Pr(IntFlag):
    R = 4; W = 2; X = 1
print(Pr.R | Pr.W, Pr(7), Pr.R + 1, repr(Pr(0)), Pr(8) if False else '', str(Pr.R | Pr.X), format(Pr.R, 'd'))
class Weekday(IntEnum):
    MON = 1; TUE = 2
print(sorted([Weekday.TUE, Weekday.MON]), Weekday.MON < 2, int(Weekday.TUE), Weekday(1).name, [w for w in Weekday], hash(Weekday.MON) == hash(1), {Weekday.MON: 'x'}[1])
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    ONE = auto(); TWO = auto()
print(Auto.ONE.value, list(Auto.__members__))
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value)
Animal2 = Enum('Animal2', [('X', 10), ('Y', 20)]); print(Animal2.Y, Animal2(10))
print(Ord.A in Ord, type(Ord.A), isinstance(Ord.A, Ord), Ord.A.__class__.__name__, dir(Ord.A)[:3] if False else '')
try: Ord.A = 5
except AttributeError as e: print(e)
try: Ord['Z']
except KeyError as e: print(repr(e))
try: Col(8)
except ValueError as e: print(e)
class WithMissing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, v):
        return cls.A if isinstance(v, str) and v.lower() == 'a' else None
print(WithMissing('A'))
try: WithMissing('b')
except ValueError as e: print(e)
print(enum.Enum.__name__, Ord.A.__reduce_ex__ is not None, Ord.A.name, Ord.A._value_, Ord._member_names_)
class Shape(Enum):
    SQ = 1
    def __str__(self): return 'square!'
print(Shape.SQ, f"{Shape.SQ}", repr(Shape.SQ), str(Ord.A), f"{Ord.A}", format(Ord.A), f"{Weekday.MON}", f"{Weekday.MON:>5}", f"{S.A:>4}|")
