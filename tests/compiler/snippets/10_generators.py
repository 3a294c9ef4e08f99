def gen(n):
    for i in range(n):
        yield i
    x = yield
    y = yield from other()
    return x
