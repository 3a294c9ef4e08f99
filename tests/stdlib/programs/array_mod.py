import array

for tc, v in [('b', 200), ('b', -200), ('B', -1), ('B', 256), ('h', 2**15), ('H', -1), ('i', 2**31), ('I', -1), ('I', 2**32),
              ('l', 2**63), ('L', -1), ('L', 2**64), ('q', 2**63), ('Q', -1), ('i', 1.5), ('i', 'x'), ('f', 'x'), ('u', 1), ('u', 'ab')]:
    try:
        array.array(tc, [v])
        print(tc, 'ok')
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
try:
    array.array('z')
except ValueError as e:
    print(type(e).__name__, e)
a = array.array('i', [1, 2, 3])
print(a, repr(array.array('d')), array.array('u', 'hi'), a[1:], a * 2, a + a, a.itemsize, a.buffer_info()[1], a.tobytes())
for call in [lambda: a + array.array('d'), lambda: a.extend(array.array('d', [1.0])), lambda: a.__setitem__(slice(0, 1), [5]),
             lambda: a.frombytes(b'123'), lambda: a.remove(9), lambda: a.index(9), lambda: array.array('i').pop(), lambda: a[10]]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(array.typecodes, a == array.array('i', [1, 2, 3]), a < array.array('i', [1, 3]), a == [1, 2, 3], array.array('f', [0.1]), array.array('b', b'ab'))
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a[1] = 10
del a[2]
print(a, a.pop(), a.pop(0), a.count(10), a.index(3), 3 in a, len(a), list(a), a.tolist())
a.reverse()
print(a, a[::-1], a[-1])
a[1:3] = array.array('i', [7, 8, 9])
print(a)
b = array.array('H')
b.frombytes(b'\x01\x00\x02\x01')
b.fromlist([5])
print(b, b.tobytes())
b.byteswap()
print(b)
for tc in 'bBhHiIlLqQfd':
    x = array.array(tc, [1, 2])
    print(tc, x.itemsize, x.tobytes(), array.array(tc, x.tobytes()) == x)
u = array.array('u', 'abc')
u.fromunicode('de')
print(u, u.tounicode(), u.tobytes()[:8], u.itemsize)
d = array.array('d', [1.5, 2.25])
d *= 2
d += array.array('d', [0.5])
print(d, sum(d), max(d), sorted(d))
print(array.array('i', range(5)), array.ArrayType is array.array, array.array, type(a).__name__)
import copy
c = copy.copy(a)
c[0] = 99
print(a[0] != c[0], copy.deepcopy(d) == d)
