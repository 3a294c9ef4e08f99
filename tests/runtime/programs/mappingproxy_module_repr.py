import types, sys, math, builtins
print(types.ModuleType('m'), repr(types.ModuleType('pkg', 'doc')), sys, builtins)
m = types.ModuleType('dyn'); m.x = 5; print(m.x, m.__name__, m.__doc__)
class A:
    x = 1
    def m(self): pass
mp = A.__dict__
print(type(mp).__name__, type(mp) is types.MappingProxyType, mp['x'], 'm' in mp, mp.get('zz', 0), sorted(k for k in mp.keys() if not k.startswith('__')), str(types.MappingProxyType({'a': 1})), repr(types.MappingProxyType({'a': 1})))
for bad in [lambda: mp.__setitem__('y', 1), lambda: A.__dict__.update(), lambda: types.MappingProxyType([1]), lambda: hash(mp)]:
    try: bad()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: A.__dict__['y'] = 2
except TypeError as e: print(e)
p = types.MappingProxyType({'b': 2, 'a': 1})
print(p == {'b': 2, 'a': 1}, p | {'c': 3}, {'z': 0} | p, list(reversed(p)), p.copy(), len(p), list(p.items()), list(p.values()), dict(p), {**p})
from collections.abc import Mapping; print(isinstance(p, Mapping))
