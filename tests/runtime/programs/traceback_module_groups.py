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
    try:
        raise ExceptionGroup("wide", [ValueError(i) for i in range(17)]) from e
    except ExceptionGroup as g:
        import traceback; traceback.print_exc(); print("".join(traceback.format_exception(g)).count("\n"))
import traceback, sys
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    f()
except ValueError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
try:
    raise ExceptionGroup("g", [KeyError('k'), ValueError('v')])
except ExceptionGroup as eg:
    traceback.print_exception(eg)
    print(traceback.format_exception_only(type(eg), eg))
print(traceback.format_list(traceback.extract_stack()[-1:])[0].split(',')[1:2])
