f = lambda *a, **k: (a, k)
g = lambda x, *, y=1: x + y
h = lambda: (yield)
