# repr() of deeply nested containers counts against the recursion limit (CPython's PyObject_Repr).
l = []
for _ in range(2000):
    l = [l]
try:
    print(str(l)[:10])
except RecursionError as e:
    print('list', e)
d = {}
cur = d
for _ in range(2000):
    cur['k'] = {}
    cur = cur['k']
try:
    print(len(repr(d)))
except RecursionError as e:
    print('dict', e)
t = ()
for _ in range(3000):
    t = (t,)
try:
    print(len(repr(t)))
except RecursionError as e:
    print('tuple', e)
ok = []
for _ in range(300):
    ok = [ok, 1]
print(len(repr(ok)), repr(ok)[:12])
r = [1]
r.append(r)
print(r, {'self': r})
