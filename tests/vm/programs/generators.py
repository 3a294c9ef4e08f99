def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)))
def deleg():
    r = yield from count(2)
    print("sub returned", r)
    yield 99
print(list(deleg()))
def echo():
    got = None
    while True:
        got = yield got
        if got == 'stop':
            return 'stopped'
e = echo()
next(e)
print(e.send(1), e.send(2))
try:
    e.send('stop')
except StopIteration as s:
    print("stop value", s.value)
def thrower():
    try:
        yield 1
    except ValueError as v:
        print("got", v)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("x")))
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as r:
    print(r)
print(sum(x * x for x in range(5)), any(x > 3 for x in range(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("inner exit")
        raise
def outer():
    yield from inner()
o = outer()
next(o)
o.close()
def tg():
    x = yield
    y = yield x * 2
    return y
g = tg(); next(g); print(g.send(5))
async def coro(x):
    return x + 1
c = coro(1)
try:
    c.send(None)
except StopIteration as s:
    print("coro result", s.value)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [*It()])
gen = (x for x in [1, 2])
print(next(gen), next(gen), next(gen, 'end'))
