def f():
    for x in y:
        try:
            if x:
                return x
            continue
        finally:
            g()
    try:
        break_me = 1
    except Exception:
        return 2
    return 3
