# Which built-in iterators have __length_hint__ (map/zip/filter/enumerate/generators do not).
import operator, itertools
for it in [map(str, [1, 2]), filter(None, [1]), zip([1], [2]), enumerate([1, 2]), iter([1, 2, 3]), reversed([1, 2]), iter(range(5)), iter({1: 2}), iter('abc'), itertools.repeat(1, 4), itertools.count(), (x for x in [1]), iter(lambda: 1, 2), itertools.chain([1], [2])]:
    print(type(it).__name__, hasattr(it, '__length_hint__'), operator.length_hint(it, -7))
print(list(map(str, range(3))), list(zip(*[[1, 2], [3, 4]])), list(enumerate('ab')))
