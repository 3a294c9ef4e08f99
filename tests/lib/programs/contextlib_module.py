import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["missing"]
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(21), decorated.__name__)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with nullcontext(5) as v:
    print("null", v)
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback ran")
    print("stack body")
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("suppressed by push")
print("exitstack suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as outer:
    inner = outer.pop_all()
inner.close()
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
