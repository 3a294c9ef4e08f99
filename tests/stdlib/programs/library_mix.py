from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
from dataclasses import dataclass, field
from itertools import groupby, permutations, combinations, accumulate, chain, islice, product
from functools import reduce, partial, lru_cache, total_ordering
import json, math, re, string, heapq, bisect, random

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(3), sorted(c.items())[:3])
dd = defaultdict(list)
for w in text.split(): dd[len(w)].append(w)
print(dict(sorted(dd.items())))
P = namedtuple("P", "x y")
p = P(1, 2); print(p, p._asdict(), p._replace(x=5))
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
items = [Item(3.5, "a"), Item(1.25, "b", ["x"]), Item(2.0, "c")]
print(sorted(items)[0], max(items).name)
print([(k, list(g)) for k, g in groupby(sorted(text.split(), key=len), key=len)][:3])
print(list(permutations("abc", 2))[:4], list(combinations(range(5), 3))[-1], list(accumulate([1, 2, 3, 4])))
print(reduce(lambda a, b: a * b, range(1, 10)), partial(int, base=2)("1011"))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info().hits)
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "d"}}, sort_keys=True, indent=2))
print(json.loads('{"x": [1, 2, {"y": null}]}'))
print(math.gcd(12, 18), math.isqrt(99), math.comb(10, 3), round(math.pi, 4), math.inf, -math.inf, math.nan)
print(re.findall(r"\b(\w)(\w*)\b", "hello world"), re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(string.ascii_lowercase[:5], "Hello World".swapcase(), "x".center(7, "*"), "a,b,,c".split(","), " pad ".strip())
h = [5, 1, 8, 3]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(4)])
print(bisect.bisect_left([1, 3, 5, 7], 4), bisect.insort)
random.seed(42); print(random.randint(1, 100), random.choice("abcdef"), random.random())
print(f"{1234567.891:,.2f} {0.000123:e} {255:#x} {255:08b} {3.14159:>10.3f}|{'s':^5}|{42:+d}")
print("%5.2f|%-6s|%03d|%x|%r" % (3.14159, "ab", 7, 255, "q"))
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); print(d)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(list(islice(chain("ab", "cd"), 3)), list(product([0, 1], repeat=2)))
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {5}, {1, 2, 3} - {1}, {1, 2} ^ {2, 3})
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** -1, 10 ** 20, int("ff", 16), float("1e-3"), 1e16, 1.0e-5, 0.1 + 0.2)
print(bytes([65, 66]), "é".encode(), b"abc".hex(), bytearray(b"xy"), str(b"q", "ascii"))
print(isinstance(True, int), type(3.0).__name__, repr(None), bool([]), any([0, 1]), all([]))
try:
    int("x")
except ValueError as e:
    print(e)
print(sorted(["b", "A", "c"], key=str.lower), "".join(reversed("abc")), list(map(str, range(3))), list(zip(*[(1, 2), (3, 4)])))
print(enumerate, hex(id) == hex(id), len(dir([])) > 30, sum(x * x for x in range(10)), min("bca"), abs(-3.5))
