# Exceptions that the eval loop raises and passes between frames without a JS
# throw (EXC_RETURN, dict misses, int division by zero) must behave exactly as
# the general path: messages, args, tracebacks, context, handlers in callers.
import sys


def tb_lines(e):
    tb, out = e.__traceback__, []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def div(a, b):
    return a // b


def mod(a, b):
    return a % b


def tdiv(a, b):
    return a / b


for f in (div, mod, tdiv):
    try:
        f(7, 0)
    except ZeroDivisionError as e:
        print(f.__name__, type(e).__name__, e.args, e.__context__)
    x = 9
    try:
        x //= 0
    except ArithmeticError as e:
        print("inplace", e)

d = {"a": 1, 2: "two", (1, 2): "t"}
for k in ("a", "b", 2, 3, (1, 2), (2, 1), 2.0):
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print("KeyError", e.args, repr(e))


class Missing(dict):
    def __missing__(self, k):
        return "missing " + repr(k)


print(Missing()["q"])


def deep(n):
    if n == 0:
        return {}[n]
    return deep(n - 1)


try:
    deep(5)
except LookupError as e:
    print("deep", repr(e), tb_lines(e))


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(text, pos)
        self.pos = pos


def parse(s):
    for i, ch in enumerate(s):
        if not ch.isdigit():
            raise ParseError(s, i)
    return int(s)


for s in ("123", "12x4", "x"):
    try:
        print(parse(s))
    except ParseError as e:
        print("ParseError", e.args, e.pos, str(e))


def chained():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("from handler")


try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)


def reraiser():
    try:
        1 // 0
    except ZeroDivisionError:
        raise


try:
    reraiser()
except ZeroDivisionError as e:
    print("reraised", e, tb_lines(e))


def cause():
    try:
        {}[1]
    except KeyError as k:
        raise RuntimeError("wrapped") from k


try:
    cause()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# Exception construction: the fast path and the general one.
print(repr(ValueError()), repr(ValueError(1, 2)), KeyError("k").args, repr(StopIteration(5).value))
print(repr(OSError(2, "No such file")), type(OSError(2, "x")).__name__)
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError", e)


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "replaced")
        return self


print(repr(WithNew(1, 2)))


def gen():
    yield 1
    raise KeyError("in generator")


try:
    list(gen())
except KeyError as e:
    print("gen", repr(e))

finals = 0
for i in range(5):
    try:
        try:
            div(i, i % 2)
        finally:
            finals += 1
    except ZeroDivisionError:
        pass
print("finals", finals)
print(sys.exc_info())


def uncaught():
    return {}["final"]


uncaught()
