def f():
    try:
        try:
            a()
        except A:
            b()
    except B as e:
        raise C from e
    finally:
        d()
