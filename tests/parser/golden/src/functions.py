import functools

def simple():
    return

def args(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a + b

def posonly(a, b, /, c, *, d):
    pass

def defaults(a, b=2, /, c=3, *d, e=4, f, **g):
    "doc"
    return (a, b, c, d, e, f, g)

def annotated(x: int, *args: str, y: 'Y' = None, **kw: dict) -> 'R':
    ...

@decorator
@functools.wraps(f)
@a.b.c
def decorated():
    pass

@(lambda f: f)
def weird(): pass

async def coro(x):
    await x
    async with lock as l:
        pass
    async for i in aiter():
        yield i
    result = [await y async for y in z]
    return await asyncio.sleep(1)

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    return (yield)

def closure():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

f = lambda: 0
g = lambda x, *y, z=1, **w: (x, y, z, w)
h = lambda x=lambda: 1: x()

call(1, 2, *a, k=1, *b, **c, l=2, **d)
call(x for x in range(10))
call((x for x in range(10)), 1)
print(*args, sep='', end='\n', file=sys.stderr)
obj.method(a)(b)[c].d
