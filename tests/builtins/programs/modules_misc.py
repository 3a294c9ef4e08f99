import sys, math, json, copy, io, string, keyword, heapq, bisect, operator, functools, itertools, random, time
print(sys.version_info[:3], sys.version_info.major, sys.maxsize, sys.byteorder, sys.implementation.cache_tag.endswith('-311'), sys.float_info.epsilon)
print(sys.getrecursionlimit(), type(sys.argv).__name__, sys.exc_info())
try:
    sys.exit(5)
except SystemExit as e:
    print("exit", e.code, e.args)
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6))
print(math.isqrt(10**20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.log(8, 2))
print(math.log2(2**100), math.log10(1000), math.log(2**1000), math.hypot(3, 4), math.dist([0, 0], [3, 4]), math.copysign(1, -0.0))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.5), math.trunc(-1.5), math.isclose(1, 1 + 1e-10), math.gamma(5), math.erf(0.5))
print(math.inf, -math.inf, math.pi, math.e, math.tau, math.nextafter(1, 2), math.ulp(1.0), math.remainder(5, 3), math.fmod(-7, 3))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.factorial(-1)", "math.isqrt(-1)", "math.floor(float('nan'))", "math.acos(2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
data = {"a": [1, 2.5, None, True, "é\n"], "b": {}, "c": [], 1: "x"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, separators=(",", ":")))
print(json.loads('{"x": [1, 2.5, -3e2, true, false, null, "\\u00e9\\ud83d\\ude00"], "x": 7, "y": {"z": []}}'))
for bad in ["", "[1,", '{"a" 1}', "{a:1}", "[1 2]", "1 2", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.pos, e.lineno, e.colno)
try:
    json.dumps(set())
except TypeError as e:
    print(e)
lst = [1, [2, 3], {"k": [4]}]
shallow, deep = copy.copy(lst), copy.deepcopy(lst)
lst[1].append(99)
print(shallow, deep, shallow[1] is lst[1], deep[1] is lst[1])
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
n = Node(1); n.kids.append(Node(2)); n.kids[0].kids.append(n)
n2 = copy.deepcopy(n)
print(n2.v, n2.kids[0].v, n2.kids[0].kids[0] is n2, n2 is not n)
buf = io.StringIO()
buf.write("hello\nworld\n")
print(buf.getvalue().split(), file=sys.stdout)
print("to buf", 1, file=buf)
buf.seek(0)
print(buf.readline(), buf.read().split("\n"))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  wORLD"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(keyword.iskeyword("for"), keyword.iskeyword("x"), len(keyword.kwlist))
h = [5, 1, 4, 2, 3]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(5)], heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3], key=lambda x: -x))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
print(a)
print(operator.add(1, 2), operator.itemgetter(1)("ab"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(functools.reduce(operator.mul, range(1, 6)), functools.partial(pow, 2)(5), functools.reduce(lambda a, b: a + b, [], 0))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
it = itertools
print(list(it.islice(it.count(5), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(1, 3)), repr(it.count(2.5, 0.5)))
print(list(it.accumulate([1, 2, 3])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.chain("ab", [1])), list(it.chain.from_iterable(["ab", "c"])))
print(list(it.compress("abc", [1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 4, 1])), list(it.filterfalse(None, [0, 1])))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], [k for k, _ in it.groupby([1, 1, 2])])
print(list(it.islice(range(10), 2, 8, 3)), list(it.starmap(pow, [(2, 3)])), [list(x) for x in it.tee([1, 2], 2)], list(it.zip_longest([1, 2], [3], fillvalue=0)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)), list(it.pairwise("abc")))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 4), random.getrandbits(40))
r = random.Random("seed")
print(r.random(), r.gauss(0, 1), r.choices("xyz", k=3))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(0)), time.gmtime(86400 * 365).tm_year, type(time.time()).__name__)
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=4); d.appendleft(0); d.append(9)
print(d, d.popleft(), d.pop(), len(d), deque("ab"))
dd = defaultdict(list); dd["a"].append(1)
print(dd, dict(dd), OrderedDict(a=1, b=2), Counter("abracadabra").most_common(2), Counter(a=3) - Counter(a=1))
Point = namedtuple("Point", "x y")
pt = Point(3, 4)
print(pt, pt.x, pt._asdict(), pt._replace(y=10), Point._fields, Point._make([1, 2]))
print(ChainMap({"a": 1}, {"a": 2, "b": 3})["a"], dict(ChainMap({"a": 1}, {"b": 3})))
