import pickle
from collections import OrderedDict, defaultdict, namedtuple, deque, Counter


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) is P and other.x == self.x

    def __repr__(self):
        return f'P({self.x!r})'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Custom, (self.v * 2,))


class WithState:
    def __init__(self):
        self.secret = 1
        self.public = 2

    def __getstate__(self):
        return {'public': self.public}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


def f():
    pass


Point = namedtuple('Point', 'x y')
for obj in [None, True, False, 0, 1, 255, 256, 300, 65535, 65536, 70000, -1, -129, 2**31 - 1, 2**31, 2**40, -2**70, 2**100, 1.5, -0.0, float('inf'),
            '', 'hé', 'x' * 300, b'', b'ab', b'y' * 300, [], [1, 2], [1], (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {'a': 1}, {'a': 1, 'b': [2]},
            set(), {1, 2}, frozenset(), frozenset([3]), [[1]] * 2, ['x', 'x'], P(3), [P(1), P(1)], f, P, len, int, ValueError,
            list(range(1500)), {i: str(i) for i in range(3)}]:
    d = pickle.dumps(obj)
    back = pickle.loads(d)
    label = obj.__name__ if isinstance(obj, type) or callable(obj) and hasattr(obj, '__name__') else repr(obj)
    print(label[:30], d[:60], back == obj or back is obj or (obj != obj))
for proto in (2, 3, 4, 5):
    d = pickle.dumps({'k': (1, 'v', [P(2)])}, protocol=proto)
    print(proto, d, pickle.loads(d))
s = pickle.loads(pickle.dumps(Slotted(1, [2])))
print(s.a, s.b)
print(pickle.loads(pickle.dumps(Custom(4))).v)
w = pickle.loads(pickle.dumps(WithState()))
print(w.__dict__)
print(pickle.loads(pickle.dumps(Point(1, 2))), pickle.loads(pickle.dumps(OrderedDict(a=1, b=2))), pickle.loads(pickle.dumps(Counter('abca'))))
dd = defaultdict(list, {'a': [1]})
print(pickle.loads(pickle.dumps(dd)), pickle.loads(pickle.dumps(deque([1, 2], maxlen=5))))
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b'\x80\x04K')
except Exception as e:
    print(type(e).__name__)
import io
buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump('second', buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
