# At exit after an uncaught exception: the traceback, then the failed frames'
# locals die, then atexit functions, then __main__'s objects.
import atexit


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


atexit.register(print, "atexit ran")
a = R("global-a")
items = [R("item0"), R("item1")]
b = R("global-b")
b.child = R("b.child")


def boom():
    local = R("in-boom")
    raise KeyError("uncaught")


boom()
