import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container,
    Callable, Hashable, Collection, Sequence, MutableSequence, Set, MutableSet,
    Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
    Reversible, Awaitable, Coroutine, AsyncIterable, AsyncIterator, ByteString)

print(cabc.__name__, Mapping.__module__, Mapping.__name__)
print(sorted(cabc.__all__))

builtins = [1, 1.5, 'ab', b'x', bytearray(b'y'), [1], (1,), {1: 2}, {1}, frozenset([1]),
            range(3), None, len, iter([]), (x for x in ()), {}.keys(), {}.items(), {}.values()]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection,
        Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView,
        ItemsView, ValuesView, Reversible, ByteString, MappingView]
for v in builtins:
    print(type(v).__name__, ''.join('1' if isinstance(v, a) else '0' for a in abcs))
for t in (list, tuple, str, dict, set, frozenset, range, bytes, bytearray, int, type):
    print(t.__name__, [a.__name__ for a in abcs if issubclass(t, a)])

# structural checks
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Sz:
    def __len__(self): return 0
class Call:
    def __call__(self): pass
class NoHash:
    __hash__ = None
class Rev:
    def __iter__(self): return iter(())
    def __reversed__(self): return iter(())
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(Sz(), Sized),
      isinstance(Call(), Callable), isinstance(NoHash(), Hashable), isinstance(object(), Hashable),
      isinstance(Rev(), Reversible), issubclass(It, Reversible))
print(issubclass(dict, Reversible), isinstance([], Hashable), isinstance((), Hashable))

# Mapping mixins
class M(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M(a=1, b=2)
print(m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m)
print(list(m.keys()), list(m.items()), list(m.values()), repr(m.keys())[:15], len(m.items()))
print(m == {'a': 1, 'b': 2}, m == {'a': 1}, m != {'a': 1}, m == M(b=2, a=1))
print(('a', 1) in m.items(), ('a', 2) in m.items(), 2 in m.values(), 'b' in m.keys())
print(m.keys() & {'a', 'x'}, m.keys() | {'c'} == {'a', 'b', 'c'}, m.keys() - {'a'})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, dict))
match m:
    case {'a': x}:
        print('matched mapping', x)

# abstract instantiation
try:
    Mapping()
except TypeError as e:
    print(e)
class Bad(Mapping):
    def __getitem__(self, k): pass
try:
    Bad()
except TypeError as e:
    print(e)

# MutableMapping mixins
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f'MM({self._d})'
mm = MM()
mm.update({'x': 1}, y=2)
mm.update([('z', 3)])
print(mm, mm.setdefault('x', 9), mm.setdefault('w', 4), mm.pop('w'), mm.pop('nope', 'dflt'))
print(mm.popitem(), mm)
try:
    mm.pop('nope')
except KeyError as e:
    print('KeyError', e)
mm.clear(); print(mm, len(mm))
try:
    mm.popitem()
except KeyError as e:
    print('KeyError', repr(e))

# Sequence mixins
class S(Sequence):
    def __init__(self, *items): self._i = list(items)
    def __getitem__(self, i): return self._i[i]
    def __len__(self): return len(self._i)
s = S(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
try:
    s.index(7)
except ValueError as e:
    print('ValueError', repr(e))
match s:
    case [a, b, *rest]:
        print('matched sequence', a, b, rest)

class MS(MutableSequence):
    def __init__(self): self._i = []
    def __getitem__(self, i): return self._i[i]
    def __setitem__(self, i, v): self._i[i] = v
    def __delitem__(self, i): del self._i[i]
    def __len__(self): return len(self._i)
    def insert(self, i, v): self._i.insert(i, v)
ms = MS()
ms.append(1); ms.extend([2, 3, 4]); ms += [5]
ms.reverse(); print(list(ms), ms.pop(), ms.pop(0), list(ms))
ms.remove(3); print(list(ms)); ms.clear(); print(list(ms))

# Set mixins
class FS(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def __repr__(self): return f'FS({self._s})'
a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, FS([2]) < a, a == FS([3, 2, 1]), a.isdisjoint([5]))
print(a & [2], [3, 9] & a if False else None, a == {1, 2, 3}, a <= {1, 2, 3, 4})
print(FS._hash(FS([1, 2])) == hash(frozenset([1, 2])))

class MSet(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
ms = MSet([1, 2])
ms |= {3}; ms -= {1}; ms ^= {2, 7}; print(sorted(ms))
ms.remove(3); print(sorted(ms), ms.pop(), len(ms))
try:
    ms.remove(99)
except KeyError as e:
    print('KeyError', e)

# registration
class Reg: pass
Sequence.register(Reg)
print(issubclass(Reg, Sequence), issubclass(Reg, Collection), isinstance(Reg(), Reversible))
Sized.register(Reg)
print(issubclass(Reg, Sized))

# generators and coroutines
def g():
    yield 1
gen = g()
print(isinstance(gen, Generator), isinstance(gen, Iterator), isinstance(g, Callable))
async def co(): pass
c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
print(isinstance(AI(), AsyncIterator), isinstance(AI(), AsyncIterable))

# generic aliases
print(Iterable[int], Mapping[str, int], Callable[[int, str], bool], Callable[..., int])
print(Sequence[int].__origin__ is Sequence, Callable[[int], str].__args__)
print(repr(KeysView({'a': 1})), repr(ValuesView({})), len(ItemsView({1: 2})))
print(Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}))
print(sorted(MutableSequence.__abstractmethods__))
