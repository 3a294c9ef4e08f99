def f(i):
    if i == 2:
        try:
            {}['k']
        except KeyError as e:
            raise ValueError(f"v{i}") from e
    raise TypeError(f"t{i}")
errs = []
for i in range(4):
    try:
        f(i)
    except Exception as e:
        errs.append(e)
inner = ExceptionGroup("inner", errs[:2])
try:
    try:
        raise ExceptionGroup("outer", [inner, errs[2], errs[3]])
    except* TypeError as eg:
        print("caught", eg.exceptions)
        raise RuntimeError("during")
except Exception as e:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)]) from e
