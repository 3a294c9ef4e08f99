# Unpacking a list or tuple subclass goes through its own __iter__.
class Rev(tuple):
    def __iter__(self):
        return reversed(tuple(super().__iter__()))

class Twice(list):
    def __iter__(self):
        for x in super().__iter__():
            yield x
            yield x

r = Rev((1, 2, 3))
a, b, c = r
print(a, b, c)
print(*r)
print(list(r), tuple(r), [*r], (*r,))
x, *rest = Twice([1, 2])
print(x, rest)
def f(*args):
    return args
print(f(*Twice([5])), f(*r))
print(sorted(Twice([3, 1])), max(Rev((1, 5, 2))), sum(Twice([1, 2])), set(Twice([1])))
print(dict(zip(Rev(('a', 'b')), Twice([1]))))
print(", ".join(Rev(("x", "y"))), min(r), len(r), r[0])
from collections import namedtuple
P = namedtuple('P', 'x y')
p, q = P(1, 2)
print(p, q, *P(3, 4))
try:
    a, b = Twice([1, 2])
except ValueError as e:
    print(e)
