# Attributes on built-in exception instances and partial objects; object has no __dict__.
import functools, types
e = ValueError(1); e.x = 5; print(e.__dict__)
class E(Exception): pass
print(E().__dict__, vars(E('a')))
p = functools.partial(int, '5'); p.attr = 1; print(p.__dict__)
ns = types.SimpleNamespace(a=1); print(ns.__dict__, vars(ns))
cm = classmethod(len); cm.x = 1; print(cm.__dict__["x"])
def f(): pass
f.y = 2; print(f.__dict__)
import sys; print(type(sys.__dict__))
class A: pass
a = A(); a.z = 1; print(a.__dict__, vars(a)); a.__dict__ = {'q': 1}; print(a.q)
class S: __slots__ = ('a',)
try: S().__dict__
except AttributeError as e: print(e)
try: vars(5)
except TypeError as e: print(e)
try: (5).__dict__
except AttributeError as e: print(e)
print('__dict__' in object.__dict__, '__dict__' in dir(object), hasattr(object(), '__dict__'))
class L(list): pass
l = L(); l.k = 1; print(l.__dict__, '__dict__' in L.__dict__)
class M(type): pass
print(type(M.__dict__))
print(property().__class__, hasattr(property(), '__dict__'))
try:
    raise KeyError('k')
except KeyError as err:
    err.context_info = 'while loading'
    print(err.context_info, vars(err))
print(sorted(n for n in dir(object) if 'dict' in n), sorted(n for n in dir(int) if 'dict' in n))
print([t.__name__ for t in (int, str, list, Exception, type, classmethod) if '__dict__' in dir(t)])
print(functools.partial(str.upper)('x'))
