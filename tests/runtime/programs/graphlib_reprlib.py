import graphlib
import reprlib
from collections import deque
ts = graphlib.TopologicalSorter({'d': {'b'}, 'b': {'a'}, 'c': {'a'}})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
print([*ts.static_order()])
for g in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [4], 4: [2], 0: [1]}, {'x': ['x']}]:
    try:
        list(graphlib.TopologicalSorter(g).static_order())
    except graphlib.CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))
ts = graphlib.TopologicalSorter({'d': ['b', 'c'], 'b': ['a'], 'c': ['a'], 'e': []})
ts.prepare()
while ts.is_active():
    nodes = ts.get_ready()
    print(nodes)
    ts.done(*nodes)
ts = graphlib.TopologicalSorter({'a': []})
for call in [lambda: ts.get_ready(), lambda: ts.done('a')]:
    try:
        call()
    except ValueError as e:
        print(e)
ts.prepare()
try:
    ts.done('a')
except ValueError as e:
    print(e)
try:
    ts.add('z')
except ValueError as e:
    print(e)
print(graphlib.TopologicalSorter[str])
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(30))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr(10 ** 60), reprlib.repr(deque(range(10))))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
r = reprlib.Repr()
r.maxlist = 3
r.fillvalue = '~'
print(r.repr([1, 2, 3, 4, 5]), r.repr('abcdefghijklmnopqrstuvwxyz0123456789'))
class C:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'C({self.items})'
c = C()
c.items = [c, 1]
print(repr(c), C.__repr__.__name__)
class Long:
    def __repr__(self):
        return 'L' * 50
print(reprlib.repr(Long()))
