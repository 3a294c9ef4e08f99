def f(a, b=2, *args, c, d=4, **kw):
    """doc"""
    return a + b

def g(x, /, y):
    return x(y)

async def h():
    return 1

lam = lambda q, r=1: q * r
