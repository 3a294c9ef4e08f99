class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.created = True
class Child(Base):
    @classmethod
    def create(cls):
        return "child:" + super().create()
print(Child.create(), Child.created)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.deleter
    def x(self): print("deleting"); del self._x
p = P(); del p.x; print(hasattr(p, '_x'))
class K:
    val = 1
k = K()
for i in range(3):
    print(k.val, end=' ')
    K.val += 10
print()
class G:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
g = G(); g.a = 5; print(g.magic, g.a)
class Meta(type):
    def __getitem__(cls, item): return f"{cls.__name__}[{item}]"
class Gen(metaclass=Meta): pass
print(Gen[int])
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(CG[str])
class D:
    def __get__(self, obj, owner): return 'got'
    def __set__(self, obj, v): print('set', v)
    def __delete__(self, obj): print('del')
class H:
    d = D()
h = H(); h.d = 3; print(h.d); del h.d
class DA:
    def __delattr__(self, n): print('delattr', n)
    def __setattr__(self, n, v): print('setattr', n, v); object.__setattr__(self, n, v)
da = DA(); da.q = 1; del da.q; print(da.q)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError("in exit")
try:
    with CM():
        1/0
except ValueError as e:
    print(e, type(e.__context__).__name__)
class Awaitable:
    def __await__(self):
        x = yield 'suspend'
        return x * 2
async def inner():
    v = await Awaitable()
    return v + 1
async def outer():
    return await inner()
c = outer()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
def g2():
    try:
        yield 1
    finally:
        print('cleanup')
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name)
def deco(f):
    def w(*a, **k): return f(*a, **k) * 2
    w.__wrapped__ = f
    w.__name__ = f.__name__
    return w
@deco
def five(): return 5
print(five(), five.__name__, five.__wrapped__())
print([*map(lambda t: t[0] * t[1], zip([1,2],[3,4]))])
a = [1,2,3]; a[1:2] = [7,8,9]; del a[0]; print(a)
d = {}; d.setdefault('x', []).append(1); print(d)
s = "x"; s += "y"; print(s * 2)
t = 1, ; print(t)
print(f"{'nested'!r:^12}|{3:+d}|{10:#x}")
print(*range(3), sep='-')
