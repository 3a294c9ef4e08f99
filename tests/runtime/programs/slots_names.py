# __slots__: private names mangled, identifier and __dict__/__weakref__ checks, duplicates, member order.
tests = [
 "class X:\n    __slots__ = ('a b',)",
 "class X:\n    __slots__ = ('1a',)",
 "class X:\n    __slots__ = 5",
 "class X:\n    __slots__ = ('a', 'a')",
 "class X:\n    __slots__ = ('__dict__', '__dict__')",
 "class B:\n    pass\nclass X(B):\n    __slots__ = ('__dict__',)",
 "class X:\n    __slots__ = ('a',)\n    a = 1",
 "class X:\n    __slots__ = 'ab'\nprint(X.__slots__, X.ab)",
 "class X:\n    __slots__ = ['a']\nx = X()\nx.a = 1\ndel x.a\ndel x.a",
 "class X:\n    __slots__ = {'a': 'doc a'}\nprint(X.a.__doc__)",
 "class X:\n    __slots__ = ()\nX().z = 1",
 "class X(int):\n    __slots__ = ('a',)",
 "class X(tuple):\n    __slots__ = ()\nprint(X((1,)))",
 "class X:\n    __slots__ = ('__weakref__', '__weakref__')",
 "class X:\n    __slots__ = ('__x',)\nprint(sorted(X.__dict__.keys() - object.__dict__.keys()))",
]
for t in tests:
    try:
        exec(t, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
class A:
    __slots__ = ('__x', 'y')
    def __init__(self): self.__x = 1; self.y = 2
    def get(self): return self.__x
a = A(); print(a.get(), a._A__x, A.__slots__, sorted(k for k in A.__dict__ if 'x' in k))
print(a.__getstate__() if hasattr(a, '__getstate__') else '')
class B:
    def __init__(self): self.__secret = 's'
    def __m(self): return 'private'
    def call(self): return self.__m()
b = B(); print(b.call(), b._B__secret, vars(b), hasattr(b, '__secret'))
try: b.__m()
except AttributeError as e: print(e)
class C(B):
    def peek(self): return self.__secret
try: C().peek()
except AttributeError as e: print(e)
class Ord:
    __slots__ = ('b', 'a', '__c')
print([k for k in Ord.__dict__ if not k.startswith('__')])
o = Ord(); o.b = 1; o.a = 2; o._Ord__c = 3; print(o.__getstate__())
