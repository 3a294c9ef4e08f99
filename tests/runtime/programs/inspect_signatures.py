import inspect
import functools
import typing
class C: pass
class D:
    def __init__(self, a, b=2): pass
class E:
    def __call__(self, x, *, y=1) -> int: pass
class N:
    def __new__(cls, p, q=0): return super().__new__(cls)
print(inspect.signature(C), inspect.signature(D), inspect.signature(E()), inspect.signature(N))
print(repr(inspect.signature(D)))
def f(a, b, /, c, d=3, *args, e, f=5, **kw) -> 'str': pass
print(inspect.signature(f)); print(repr(inspect.signature(f).parameters['a'])); print(list(inspect.signature(f).parameters))
print(inspect.signature(functools.partial(f, 1, 2, 3)))
print(inspect.Parameter.POSITIONAL_ONLY, repr(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD.description)
print(inspect.signature(f).parameters)
s = inspect.signature(f)
b = s.bind(1, 2, 3, e=4, z=9); print(b, b.args, b.kwargs); b.apply_defaults(); print(b)
for args, kw in [((1,), {}), ((1,2,3), {'c': 3, 'e': 1}), ((1,2,3), {'q':1}), ((1, 2, 3), {'a': 1, 'e': 2})]:
  try: s.bind(*args, **kw)
  except TypeError as ex: print('TypeError', ex)
def g(x: int, y: 'list[int]' = None) -> list[int]: pass
print(inspect.signature(g))
print(inspect.signature(lambda *a, **k: 0))
print(inspect.signature(D.__init__), inspect.signature(D(1).__init__))
try: inspect.signature(3)
except Exception as ex: print(type(ex).__name__, ex)
print(inspect.Signature.empty, inspect.Parameter.empty, inspect._empty)
def h(x: typing.Optional[int], y: typing.List[str]) -> typing.Dict[str, int]: pass
print(inspect.signature(h))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=1): "Doc  of wrapped.\n\n    More text here.\n    "
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.getdoc(wrapped))
print(inspect.isfunction(f), inspect.ismethod(D(1).__init__), inspect.isclass(D), inspect.isbuiltin(len), inspect.isroutine(len))
def gen(): yield 1
async def co(): pass
async def ag(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(ag), inspect.isgenerator(gen()))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print([n for n, v in inspect.getmembers(D) if not n.startswith('__')], inspect.getmembers(D(1), inspect.ismethod)[0][0])
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, 2, 3, e=5))
print(inspect.cleandoc("""   First
        second
          third
    """))
print(inspect.getsource(g))
print(inspect.getsource(D), end='')
print(inspect.getsourcelines(wrapped)[1])
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
print(inspect.isabstract(A), inspect.isabstract(D), inspect.getmro(D))
p = inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, repr(p), p.replace(name='y'), p.kind, p.default, p.annotation)
sig = inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY), p], return_annotation=str)
def same(a, /, *, x: int = 3) -> str: pass
print(sig, sig == inspect.signature(same))
try: inspect.Signature([p, inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as ex: print('ValueError', ex)
def k(a, b, c=3, *, d, e=5): pass
for args, kw in [((1,), {'d': 1}), ((1, 2, 3, 4), {'d': 1}), ((1, 2), {}), ((1, 2), {'d': 1, 'z': 0}), ((1, 2), {'a': 1, 'd': 1})]:
    try:
        print(inspect.getcallargs(k, *args, **kw))
    except TypeError as ex:
        print('TypeError', ex)
print(sorted(inspect.getcallargs(D(1).__init__, 5)))
