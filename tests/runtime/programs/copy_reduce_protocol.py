import copy, datetime, decimal, fractions, collections, enum, dataclasses, re, functools, pathlib, uuid, ipaddress, array, types, io
class Color(enum.Enum):
    R = 1
@dataclasses.dataclass
class DC:
    a: list
P = collections.namedtuple('P', 'x y')
objs = [datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc), datetime.timedelta(3), datetime.time(1, 2),
        datetime.timezone(datetime.timedelta(hours=2), 'X'), decimal.Decimal('1.5'), fractions.Fraction(1, 3), collections.OrderedDict(a=[1]),
        collections.deque([[1], 2], maxlen=5), collections.Counter('aab'), collections.defaultdict(list, {'k': [1]}), P([1], 2), Color.R, DC([1, 2]),
        re.compile('a+'), functools.partial(max, 1), pathlib.PurePosixPath('a/b'), uuid.UUID(int=5), ipaddress.ip_address('1.2.3.4'),
        array.array('i', [1, 2]), types.SimpleNamespace(a=[1]), collections.ChainMap({'a': 1}), range(3), {1, 2}, bytearray(b'x'),
        collections.UserDict({'a': [1]}), collections.UserList([[1]]), decimal.getcontext()]
for o in objs:
    for f in (copy.copy, copy.deepcopy):
        try:
            c = f(o)
            print(type(o).__name__, f.__name__, repr(c) if not isinstance(o, decimal.Context) else type(c).__name__, c == o, c is o)
        except Exception as e:
            print(type(o).__name__, f.__name__, 'ERR', type(e).__name__, e)
class R:
    def __init__(self): self.me = self; self.l = [1]
    def __reduce__(self): return (R, (), self.__dict__)
r = copy.deepcopy(R()); print(r.me is r, r.l)
class S:
    def __reduce__(self): return 'GLOBAL_S'
s = S(); print(copy.copy(s) is s, copy.deepcopy(s) is s)
class L(list):
    def __reduce_ex__(self, p): return (L, (), {'tag': 1}, iter(self), None)
l = copy.deepcopy(L([[1], 2])); print(type(l).__name__, l, l.tag)
class D(dict):
    def __reduce__(self): return (D, (), None, None, iter(self.items()))
print(copy.copy(D(a=1)), type(copy.deepcopy(D(b=[2]))).__name__)
class St:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (St, (0,), {'v': self.v})
    def __setstate__(self, st): print('setstate', st); self.v = st['v'] * 10
print(copy.copy(St(3)).v)
class Bad:
    def __reduce__(self): return 42
try: copy.copy(Bad())
except Exception as e: print(type(e).__name__, e)

class A:
    def __init__(self, x): self.x = x
    def __reduce__(self): print('reduce called'); return (A, (self.x + 1,))
a = copy.copy(A(1)); print(a.x); b = copy.deepcopy(A([1])) if False else None
class B:
    def __init__(self, x): self.x = x
    def __reduce_ex__(self, proto): print('reduce_ex', proto); return (B, (self.x * 2,), {'y': 5})
b = copy.deepcopy(B(2)); print(b.x, b.y)


p = functools.partial(max, 1, key=abs)
p.attr = [5]
print(p.__reduce__()[1:], copy.deepcopy(p).attr, copy.copy(p).keywords)
q = functools.partial(min)
q.__setstate__((max, (2,), {'k': 1}, None))
print(q, q.__dict__)
for bad in [1, (1, 2, 3, 4), (max, [1], None, None), (max, (), [], None), (3, (), None, None)]:
    try:
        q.__setstate__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Short:
    def __reduce__(self):
        return (Short,)
try:
    copy.copy(Short())
except TypeError as e:
    print(e)
class NT(collections.namedtuple('NT', 'a b')):
    pass
n = copy.deepcopy(NT([1], 2)); print(type(n).__name__, n)
u = copy.deepcopy(uuid.UUID(int=7)); print(u.int, u == uuid.UUID(int=7))
print(repr(P.x), type(P.x), P.y.__reduce__())
