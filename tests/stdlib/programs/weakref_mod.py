import weakref
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self, x):
        return f'{self.name} says {x}'

    def __repr__(self):
        return f'Node({self.name!r})'


a = Node('a')
r = weakref.ref(a)
print(r() is a, r() is r(), weakref.ref(a) is r, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
r2 = weakref.ref(a, lambda ref: print('callback'))
print(r2 is not r, r2 == r, hash(r) == hash(a), r2.__callback__ is not None, r.__callback__)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(repr(r).startswith('<weakref at 0x'), "to 'Node' at 0x" in repr(r))
for bad in (1, 'str', [1], {}, (1,), None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)


def fn():
    return 42


fr = weakref.ref(fn)
print(fr()(), '(fn)>' in repr(fr))
p = weakref.proxy(a)
print(p.name, p.hello(3), str(p), type(p).__name__, isinstance(p, weakref.ProxyType))
p.name = 'renamed'
print(a.name)
lst_owner = Node('l')
lst_owner.items = [1, 2, 3]
cp = weakref.proxy(fn)
print(cp(), type(cp).__name__, callable(cp))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __len__(self):
        return self.v

    def __eq__(self, o):
        return isinstance(o, Num) and o.v == self.v

    __hash__ = object.__hash__


n = Num(5)
pn = weakref.proxy(n)
print((pn + 1).v, (1 + pn).v, len(pn), pn == Num(5), bool(pn))

d = weakref.WeakValueDictionary()
b = Node('b')
d['x'] = a
d['y'] = b
print(sorted(d.keys()), d['x'] is a, 'y' in d, 'z' in d, len(d), d.get('z', 'default'))
del d['y']
print(list(d.items()), repr(d).startswith('<WeakValueDictionary at 0x'))
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
wk = weakref.WeakKeyDictionary()
wk[a] = 1
wk[b] = 2
print(wk[a], a in wk, 1 in wk, len(wk), sorted(v for v in wk.values()), [k.name for k in wk])
ws = weakref.WeakSet([a, b])
ws.add(a)
print(len(ws), a in ws, 'x' in ws, sorted(n.name for n in ws))
ws.discard(b)
print(len(ws), set(ws) == {a})
wm = weakref.WeakMethod(a.hello)
print(wm()('hi'), isinstance(wm, weakref.ref))
try:
    weakref.WeakMethod(fn)
except TypeError as e:
    print(e)
calls = []
f = weakref.finalize(a, calls.append, 'done')
print(f.alive, f.peek()[0] is a, f.atexit)
f()
f()
print(calls, f.alive, f.peek())
g = weakref.finalize(b, print, 'never')
print(g.detach()[1] is print, g.alive)
print(weakref.WeakValueDictionary[str, int])
print(repr(p).startswith('<weakproxy at 0x'), " to Node at 0x" in repr(p), repr(cp).startswith('<weakproxy at 0x'))
