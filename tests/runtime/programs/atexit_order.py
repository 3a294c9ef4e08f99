import atexit
import sys


class Hook:
    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("hook", self.name, args, kwargs)
        if self.fail:
            raise self.fail

    def __repr__(self):
        return f"<Hook {self.name}>"


def bye(name, punct="!"):
    print("bye", name + punct)


atexit.register(bye, "first")
atexit.register(Hook("bad", ValueError("in exit")))
atexit.register(Hook("exits", SystemExit(3)), 1, k=2)
print(atexit.register(bye, "second", punct="?") is bye)
atexit.register(print, "never printed")
atexit.unregister(print)


@atexit.register
def deco():
    print("decorated")


try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
print("main done")
sys.stdout.flush()
raise KeyError("end")
