class T(tuple):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'
class L(list):
    def __iter__(self): return iter(['only'])
t = T((1, 2)); l = L([1, 2, 3])
a, b, c = t; print(a, b, c)
(x,) = l; print(x)
print([*t], [*l], list(t), list(l), tuple(t), tuple(l), len(t), t[0])
def f(*args): return args
print(f(*t), f(*l))
r = []; r.extend(t); r += l; print(r)
print(sorted(t, key=str), set(l), dict.fromkeys(t), ''.join(map(str, t)))
class Plain(tuple): pass
p, q = Plain((1, 2)); print(p, q, f(*Plain((3,))))
class Pair(tuple):
    def __iter__(self): return iter(('k', 'v'))
print(dict([Pair((1, 2))]), '-'.join(L(['a', 'b'])))
z = [0, 0, 0]; z[0:2] = T((7,)); print(z)
