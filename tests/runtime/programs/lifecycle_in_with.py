# Finalizers still run on time while a @contextmanager generator is suspended in a with block.
import contextlib
import weakref


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


@contextlib.contextmanager
def section(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


def make_and_drop():
    r = R("local")
    return 1


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


with section("outer") as s:
    make_and_drop()
    r = R("bound")
    del r
    with section("inner"):
        x = R("rebound")
        x = None
        g = gen()
        next(g)
        del g
    holder = [R("in list")]
    holder.clear()
    obj = R("weak")
    w = weakref.ref(obj, lambda ref: print("callback"))
    del obj
    print("alive:", w() is not None)
print("done")
