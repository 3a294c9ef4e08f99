import string, textwrap, pprint, statistics, copy, operator, contextlib, abc, heapq, sys
from dataclasses import dataclass, field
print("{name} is {age}".format_map({'name': 'a', 'age': 3}), string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{b!r:>3}c")))
t = string.Template('$who likes ${what}$$'); print(t.safe_substitute(who='x'), t.substitute({'who': 'y', 'what': 'z'}))
try: t.substitute(who='q')
except KeyError as e: print(repr(e))
print(textwrap.wrap("aaa bbb ccc ddd", width=7, initial_indent='> ', subsequent_indent='  '), textwrap.fill("word " * 5, width=12, max_lines=2, placeholder='~'), textwrap.wrap('a-very-long-hyphenated-word here', 8), textwrap.wrap('x' * 20, 6), textwrap.wrap('x' * 20, 6, break_long_words=False))
@dataclass
class Emp:
    name: str
    skills: list = field(default_factory=list)
    boss: object = None
e = Emp('ann', ['py', 'ts' * 20], Emp('bob', ['mgmt']))
pprint.pprint(e); pprint.pprint([e, {'k' * 30: list(range(25))}], width=60); pprint.pprint({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_dicts=False, indent=2); print(pprint.pformat((1, [2, (3, {4})]), depth=2)); pprint.pp({'b': 1, 'a': 2})
print(pprint.saferepr([1, 'a']), pprint.isreadable([1]), pprint.pformat('x' * 100, width=40))
for fn, data in [(statistics.mean, []), (statistics.stdev, [1]), (statistics.mode, []), (statistics.median, [])]:
    try: fn(data)
    except statistics.StatisticsError as ex: print(fn.__name__, ex)
print(statistics.mean([1.5, 2.5]), statistics.mean([1, 2]), statistics.median([1, 2]), statistics.pvariance([1, 2, 3, 4]), statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 6]))
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal('1.1'), Decimal('2.2')]), statistics.median_high([1, 2, 3, 4]), statistics.median_grouped([1, 2, 2, 3]))
class Cp:
    def __init__(self): self.l = [1]
    def __copy__(self): print("copy!"); return Cp()
    def __deepcopy__(self, memo): print("deep!"); return Cp()
copy.copy(Cp()); copy.deepcopy([Cp()])
class Plain:
    def __init__(self): self.l = [1, [2]]; self.me = self
p = Plain(); q = copy.deepcopy(p); print(q.me is q, q.l == p.l, q.l[1] is p.l[1], copy.copy(p).l is p.l)
print(operator.add(1, 2), operator.itemgetter('a')({'a': 5}), operator.attrgetter('x.y')(type('A', (), {'x': type('B', (), {'y': 7})})), operator.contains([1], 1), operator.getitem([5, 6], -1), operator.truth(0), operator.concat('a', 'b'), operator.iadd([1], [2]), operator.index(5), operator.length_hint([1, 2]), operator.is_(None, None), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)), repr(operator.itemgetter(1)), repr(operator.methodcaller('f', 1, k=2)))
with contextlib.nullcontext(5) as v: print(v)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): pass
@contextlib.contextmanager
def tag(n):
    print(f"<{n}>"); yield; print(f"</{n}>")
with tag('a'), tag('b'): print('body')
@tag('deco')
def decorated(): print('in func')
decorated()
try:
    with tag('x'): raise ValueError('v')
except ValueError as ex: print('propagated', ex)
with contextlib.ExitStack() as st:
    for i in range(3): st.enter_context(tag(i))
    st.callback(lambda: print('cb'))
class MyABC(abc.ABC): pass
MyABC.register(int); print(isinstance(3, MyABC), issubclass(bool, MyABC))
print(heapq.nlargest(3, [('a', 3), ('b', 1), ('c', 5), ('d', 3)], key=lambda t: t[1]), heapq.nsmallest(2, 'hello'), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(['a', 'bb'], ['ccc'], key=len)))
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]: heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))], heapq.heappushpop([], 1))
print(sys.getsizeof(1) > 0, sys.byteorder, sys.float_info.max, sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.float_info.epsilon, sys.maxunicode, sys.implementation.name != '', sys.flags.optimize, type(sys.path).__name__, sys.executable != '', sys.exc_info())
try: raise KeyError('x')
except KeyError: print(sys.exc_info()[0].__name__, sys.exception() if hasattr(sys, 'exception') else 'no-sys.exception')
