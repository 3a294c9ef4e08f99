def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        print("caught", e, type(e).__name__)
        return -1
    finally:
        print("finally", x)

print(f(0), f(2))
try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e, type(e.__context__).__name__)

class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code={code}")
        self.code = code
try:
    raise MyErr(5)
except (TypeError, MyErr) as e:
    print(e, e.code, e.args)

def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
g = gen_cleanup()
print(next(g))
g.close()

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as c:
    raise KeyError("suppressed")
print("after with")
try:
    with CM():
        pass
    x = int("abc")
except ValueError as e:
    print(e)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
try:
    raise
except RuntimeError as e:
    print(e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
try:
    [].pop()
except IndexError as e:
    print(e)
def raiser():
    raise TypeError("bad")
try:
    raiser()
except Exception as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
raise MyErr(7)
