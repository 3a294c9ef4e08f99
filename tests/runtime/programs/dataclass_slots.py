from dataclasses import dataclass, field, fields, asdict
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, asdict(s), s == S(1), hasattr(s, '__dict__'), [f.name for f in fields(S)], S.__qualname__)
try: s.z = 1
except AttributeError as e: print(type(e).__name__, e)
@dataclass(slots=True, frozen=True)
class FS:
    x: int
    y: int = 2
fs = FS(1); print(fs, hash(fs) == hash(FS(1)), fs.__getstate__())
try: fs.x = 5
except AttributeError as e: print(type(e).__name__, e)
@dataclass(slots=True)
class Sub(S):
    d: int = 0
print(Sub(1, d=4), Sub.__slots__)
@dataclass(slots=True, order=True)
class O:
    k: int
print(sorted([O(3), O(1)]), O(1) < O(2))
try:
    @dataclass(slots=True)
    class Bad:
        __slots__ = ('a',)
        a: int
except TypeError as e: print(e)
try: dataclass(weakref_slot=True)(type('W', (), {}))
except TypeError as e: print(e)
