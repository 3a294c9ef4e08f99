class Base:
    def __init__(self, **kw):
        print("Base init", kw)
class A(Base):
    def __init__(self, a=1, **kw):
        print("A init"); super().__init__(**kw); self.a = a
class B(Base):
    def __init__(self, b=2, **kw):
        print("B init"); super().__init__(**kw); self.b = b
class C(A, B):
    def __init__(self, **kw):
        super().__init__(**kw)
c = C(a=5, b=6, z=0); print(c.a, c.b, C.__mro__)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2); print(s1 is s2, s1.v)
class E:
    def __eq__(self, o): return True
print(E.__hash__, E() == 1, E() != 1)
class It:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(It()), 20 in It(), [x for x in It()])
class Cnt:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k): self.calls += 1; return a, k
cc = Cnt(); print(cc(1, x=2), cc.calls, callable(cc))
class Cont:
    def __contains__(self, x): return x == 'magic'
print('magic' in Cont(), 'x' not in Cont())
class R:
    def __iter__(self): return iter([3, 2, 1])
    def __reversed__(self): return iter([1, 2, 3])
    def __len__(self): return 3
print(list(R()), list(reversed(R())), len(R()), sorted(R()))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return f"radd {o}"
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt called"
    def __index__(self): return self.v
    def __int__(self): return 99
    def __float__(self): return 1.5
    def __round__(self, n=None): return "rounded"
    def __abs__(self): return "abs"
    def __pow__(self, o, mod=None): return f"pow {o} {mod}"
    def __rpow__(self, o): return f"rpow {o}"
    def __matmul__(self, o): return "matmul"
    def __divmod__(self, o): return "dm"
    def __floordiv__(self, o): return "fd"
    def __rtruediv__(self, o): return "rtd"
    def __invert__(self): return "inv"
    def __lshift__(self, o): return "lsh"
    def __and__(self, o): return "and"
    def __bool__(self): return False
n = Num(3)
print(1 + n, 5 < n, [10, 20, 30, 40][n], hex(n), int(n), float(n), round(n), round(n, 2), abs(n), n ** 2, pow(n, 2, 5), 2 ** n, n @ n, divmod(n, 1), n // 1, 1 / n, ~n, n << 1, n & 1, not n, 'yes' if n else 'no', bin(n), range(10)[n], 'ab' * Num(2))
try: n + 1
except TypeError as e: print(e)
try: n - 1
except TypeError as e: print(e)
class P:
    @property
    def x(self): return 1
class Q(P):
    @P.x.getter
    def x(self): return 2
print(Q().x, P().x)
try: P().x = 3
except AttributeError as e: print(e)
import abc
class AB(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
class Impl(AB):
    name = 'impl'
    @classmethod
    def make(cls): return cls()
print(Impl.make().name, AB.__abstractmethods__ == frozenset({'name', 'make'}))
try: AB()
except TypeError as e: print(e)
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("genexit")
        raise
    finally:
        print("fin")
g = gen(); next(g); g.close(); g.close(); print(list(g))
def g2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g2(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def g3():
    v = yield from [1, 2]
    r = yield from sub()
    yield r
def sub():
    yield 'a'
    return 'ret'
print(list(g3()))
def g4():
    yield 1
g = g4(); print(next(g), next(g, 'default'))
try: next(g)
except StopIteration: print("exhausted")
def bad():
    yield 1
    raise StopIteration
try: list(bad())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
gg = (x * x for x in range(3)); print(gg.__next__(), list(gg), list(gg))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset': i = 0
        else: i += 1
cg = counter(); print(next(cg), next(cg), cg.send('reset'), next(cg))
try: cg.throw(KeyError('x'))
except KeyError as e: print('thrown', e)
print(cg.gi_running, cg.gi_frame is None)
