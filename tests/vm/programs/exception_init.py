class AppError(Exception):
    pass
class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(text, pos)
        self.pos = pos
class NoSuper(Exception):
    def __init__(self, a, b=2):
        self.a = a
class KwErr(Exception):
    def __init__(self, *args, code=0, **kw):
        super().__init__(*args)
        self.code = code
e = ParseError("abc", 3)
print(repr(e), e.args, e.pos, str(e), e.__dict__)
n = NoSuper(1)
print(repr(n), n.args, n.a, str(n))
k = KwErr("m", code=5)
print(repr(k), k.args, k.code)
try:
    raise ParseError("x", 0)
except AppError as ex:
    print("caught", type(ex).__name__, ex.args, ex.__traceback__ is not None)
class BadInit(Exception):
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as ex:
    print("TE", ex)
class OE(OSError):
    def __init__(self, *a):
        super().__init__(*a)
o = OE(2, "nope")
print(o.errno, o.strerror, o.args)
class SI(StopIteration):
    def __init__(self, v):
        super().__init__(v)
print(SI(4).value)
def deep(n):
    return ParseError("d", n) if n == 0 else deep(n - 1)
print(deep(150).args)
