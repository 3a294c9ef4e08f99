# Coroutines, async generators and async comprehensions driven by hand (no event loop).
import sys
import types


@types.coroutine
def tick(label):
    got = yield label
    return f"{label}:{got}"


async def agen(n):
    for i in range(n):
        yield i


async def squares(n):
    async for i in agen(n):
        yield i * i


class Resource:
    def __init__(self, name):
        self.name = name
        self.log = []

    async def __aenter__(self):
        self.log.append("enter")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {et.__name__ if et else None}")
        return et is KeyError


class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    out = {}
    out["list"] = [x async for x in agen(4)]
    out["set"] = sorted({x % 2 async for x in agen(5)})
    out["dict"] = {x: x * x async for x in agen(3)}
    out["nested"] = [[y async for y in agen(x)] async for x in agen(3)]
    out["filtered"] = [x async for x in squares(6) if x % 2 == 0]
    out["await_in_comp"] = [await tick(i) for i in range(2)]
    out["counter"] = [x async for x in Counter(3)]
    total = 0
    async for v in squares(4):
        total += v
    out["total"] = total
    r = Resource("r")
    async with r as got:
        out["same"] = got is r
    async with Resource("k") as k:
        raise KeyError("swallowed")
    out["log"] = r.log + k.log
    try:
        async with Resource("v"):
            raise ValueError("kept")
    except ValueError as e:
        out["kept"] = repr(e)
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        async for _ in agen(2):
            pass
        out["exc_info_after_async_for"] = repr(sys.exc_info()[1])
    return out


def drive(coro, sends=()):
    sends = list(sends)
    value = None
    steps = []
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps.append(got)
        value = sends.pop(0) if sends else None


steps, result = drive(main(), ["a", "b"])
print(steps)
for key, value in result.items():
    print(key, value)


async def gen_protocol():
    g = agen(3)
    first = await g.asend(None)
    second = await g.__anext__()
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        thrown = repr(e)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        closed = True
    return first, second, thrown, closed


print(drive(gen_protocol())[1])
print(types.coroutine(agen) is agen)


def plain():
    yield 1


print(hex(plain.__code__.co_flags), hex(types.coroutine(plain).__code__.co_flags))
c = plain.__code__
print(c.replace(co_name="renamed").co_name, c.replace().co_flags == c.co_flags)
for bad in ({"co_foo": 1}, {"co_name": 3}, {"co_flags": "x"}):
    try:
        c.replace(**bad)
    except TypeError as e:
        print("TypeError", e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError", e)
