import contextlib, abc, enum, typing, sys, io, copy, operator, itertools
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(m, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst
class Base(metaclass=Meta):
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Child(Base, flag=True):
    def __init__(self, v): self.v = v
c = Child(3); print(c.tag, c.flag, c.created, Child.__mro__[1].__name__)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, 0) * 10
    def __set__(self, obj, v): setattr(obj, self.name, v)
class H:
    d = Desc()
h = H(); h.d = 4; print(h.d, H.d.name)
class Color(enum.Enum):
    RED = 1; GREEN = 2
print(Color.RED, Color(2).name, list(Color), Color.RED in Color, Color["GREEN"].value)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try: Shape()
except TypeError as e: print(e)
@contextlib.contextmanager
def cm(x):
    print("enter", x)
    try: yield x * 2
    finally: print("exit", x)
with cm(1) as v, cm(2) as w: print(v, w)
with contextlib.suppress(KeyError): {}["x"]
buf = io.StringIO(); print("to buf", file=buf); print(repr(buf.getvalue()))
def gen():
    x = yield 1
    while x:
        x = yield x * 2
g = gen(); print(next(g), g.send(5), g.send(7))
try: g.send(0)
except StopIteration as e: print("stop", e.value)
def coro():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("cleanup")
g = coro(); next(g); print(g.throw(ValueError("boom"))); g.close()
a = [[1, 2], [3]]; b = copy.deepcopy(a); b[0].append(9); print(a, b, copy.copy(a)[0] is a[0])
print(sorted([("a", 3), ("b", 1)], key=operator.itemgetter(1)), operator.attrgetter("real")(3))
T = typing.TypeVar("T")
def first(xs: typing.List[T]) -> T: return xs[0]
print(first([9]), first.__annotations__["return"])
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f(), x)
print([i for i in range(10) if i % 3 == 0], {i: i * i for i in range(3)}, {c for c in "hello"} == set("helo"))
match {"kind": "pt", "x": 1, "y": 2}:
    case {"kind": "pt", "x": 0, **rest}: print("zero", rest)
    case {"kind": "pt", "x": x, "y": y} if x < y: print("pt", x, y)
match [1, [2, 3]]:
    case [a, [b, *c]]: print(a, b, c)
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(1, y=yy): print("Pt", yy)
print((lambda *a, **k: (a, k))(1, 2, z=3))
def kwonly(a, /, b, *, c): return a, b, c
print(kwonly(1, b=2, c=3))
try: kwonly(a=1, b=2, c=3)
except TypeError as e: print(e)
print(sys.version_info[:2], sys.maxsize, sys.getrecursionlimit())
s = "héllo wörld"; print(s.upper(), s.encode("utf-8")[:8], len(s), s[::-1], s.title(), s.find("w"), s.replace("l", "L", 2))
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")), "a-b_c".isidentifier(), "12".isdigit())
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length(), 7 .__and__(3))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234.5678, -2), f"{2.675:.2f}", 1/3)
print(float("inf") > 1e308, float("nan") != float("nan"), 1e-7, 123456789012345678.0, 1.5e300 * 1e10, -0.0)
