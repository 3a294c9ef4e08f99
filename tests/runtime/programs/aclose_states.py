async def agen(n):
    for i in range(n):
        yield i
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def t1():
    g = agen(3)
    await g.asend(None)
    await g.aclose()
    await g.aclose()
    return 'closed twice'
async def t2():
    g = agen(1)
    await g.asend(None)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        pass
    await g.aclose()
    return 'exhausted then closed'
async def t3():
    g = agen(3)
    await g.aclose()
    return 'never started then closed'
for t in (t1, t2, t3):
    try:
        print(drive(t()))
    except BaseException as e:
        print('ERR', type(e).__name__, e)
