import functools
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k).__name__, type(k).__module__, type(k).__qualname__, repr(k).startswith('<functools.KeyWrapper object at 0x'))
print(k.obj)
x = k(3); print(x.obj, callable(x), x < k(4), x == k(3), x >= k(9))
y = x(5); print(type(y).__name__, y.obj)
for args, kw in [((), {}), ((1, 2), {}), ((), {'obj': 4}), ((), {'bad': 1})]:
    try: print(k(*args, **kw).obj)
    except TypeError as e: print('TypeError', e)
try: hash(x) and None
except TypeError as e: print('TypeError')
try: x < 3
except TypeError as e: print('TypeError')
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
print(max([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), hasattr(functools, 'KeyWrapper'))
