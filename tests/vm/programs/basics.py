def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
x = [i * i for i in range(10) if i % 2]
print(x, len(x))
d = {k: v for k, v in zip('abc', range(3))}
print(d)
a, *b, c = range(6)
print(a, b, c)
s = 0
for i in range(100):
    s += i
else:
    print('done', s)
while s > 10:
    s //= 3
print(s, 7 / 2, 7 // 2, -7 // 2, -7 % 3, 2 ** 100)
print(f"{s!r:>5}|{3.14159:.2f}|{'x'}")
t = (1, 2, 3)
print(t[1:], t[::2], 2 in t, 5 not in t)
def kw(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6))
print(kw(*[1, 2], **{'c': 9}))
g = (i for i in range(3))
print(list(g))
print(sorted([3, 1, 2], key=lambda v: -v))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer()
f(); f()
print(f())
print(1 if [] else 2, not 0, None is None, 3 < 4 < 5, 1 == 1.0)
