def f():
    with a:
        for x in y:
            return x
