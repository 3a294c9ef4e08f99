def f():
    yield 1
    raise KeyError('g')
list(f())
