del a, b
del obj.attr
def f():
    x = 1
    del x
