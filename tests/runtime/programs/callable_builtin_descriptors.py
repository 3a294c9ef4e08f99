# Unbound methods of built-in types are callable and every callable has __call__.
class A:
    def m(self): return 'm'
    @classmethod
    def c(cls): return 'c'
import functools
objs = [len, print, [].append, A().m, A.c, lambda: 1, A, int, str.upper, 'x'.upper,
        (1).__add__, functools.partial(int, '5'), type, dict.__dict__['fromkeys'], list.sort]
for o in objs:
    print(hasattr(o, '__call__'), callable(o))
print(len.__call__([1]), A().m.__call__(), A.c.__call__(), str.upper.__call__('ab'))
d = dict.__dict__['fromkeys']
print(d, d.__get__(None, dict)('ab'), d.__get__({}, None)('c'), d(dict, 'xy'), d.__name__, d.__qualname__)
print(sorted(['b', 'A', 'c'], key=str.lower), list(map(str.strip, [' a ', 'b '])))
print([f for f in (str.upper, len, 5, 'x', None) if callable(f)])
