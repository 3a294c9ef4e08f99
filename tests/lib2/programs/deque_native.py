# Runs with the native deque of src/modules/_collections.ts (see run_native_deque.mjs).
from _collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(100); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w'); print(d)
d.remove('x'); print(d, d.index(7), d.count(2), 2 in d, 99 in d)
d.reverse(); print(d, list(reversed(d)))
d[0] = 'first'; del d[1]; print(d)
c = d.copy(); c.clear(); print(c, d == d.copy(), d is not d.copy(), bool(c), bool(d))
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); m.appendleft(5); print(m)
m.extend(range(20, 25)); print(m); m.extendleft('ab'); print(m)
print(deque(maxlen=0), deque([1, 2], 0), deque('abc', 2))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([1, 0]), deque([2]) > deque([1, 5]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1, 2, 3], maxlen=4) * 2)
e = deque([1]); e += [2, 3]; e *= 2; print(e)
x = deque(); x.append(x); print(x)
print(list(iter(deque('xyz'))), [i for i in reversed(deque(range(5)))])
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).remove(9))
t(lambda: deque([1]).index(9))
t(lambda: deque([1, 2]).index(1, 1))
t(lambda: deque([1])[5])
t(lambda: deque([1])['a'])
t(lambda: deque([1]) + [1])
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque([], 2, 3))
t(lambda: deque(x=1))
t(lambda: deque([1], 1).insert(0, 1))
t(lambda: deque([1]).rotate('a'))
t(lambda: deque([1]) * 'a')
t(lambda: deque(1))
t(lambda: deque[int])
def mut():
    dd = deque([1, 2, 3])
    for i in dd:
        dd.append(1)
t(mut)
class D(deque):
    pass
print(D([1, 2]), D([1, 2], 3), type(D([1]).copy()).__name__, type(D([1]) + D([2])).__name__)
dd = D('ab'); dd.attr = 5; print(dd.attr)
print(deque([1, 2], maxlen=5).__reduce__()[:3], deque.__module__, type(deque([]).__iter__()).__name__)
big = deque()
for i in range(100000):
    big.append(i)
s = 0
while big:
    s += big.popleft()
    if big:
        s -= big.pop()
print(s, len(big))
ring = deque(range(1000))
for _ in range(1000):
    ring.rotate(7)
print(ring[0], ring[-1], sum(ring))
import copy, collections.abc as cabc
d = deque([1, [2]], maxlen=4)
c = copy.copy(d); dc = copy.deepcopy(d)
print(c, dc, dc[1] is d[1], c[1] is d[1])
print(isinstance(d, cabc.MutableSequence), isinstance(d, cabc.Sequence), isinstance(d, cabc.Hashable))
match deque([1, 2]):
    case [a, b]:
        print('seq', a, b)
print(sorted(deque([3, 1, 2])), sum(deque(range(10))), max(deque([4, 9])), list(map(str, deque([1]))))
print(deque([1, 2]) != deque([1, 2]), deque([1]) <= deque([1]), deque() == deque())
import copy
d = deque([1]); d.append(d)
e = copy.deepcopy(d); print(e, e[1] is e)
class D(deque): pass
x = D([[1]], 3); x.tag = 't'
y = copy.deepcopy(x); print(y, type(y).__name__, y.tag, y[0] is x[0])
