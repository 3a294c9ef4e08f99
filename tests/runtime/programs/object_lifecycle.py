# __del__, weakref callbacks, weakref.finalize and atexit at the points where
# CPython's reference counting or collector runs them.
import atexit
import gc
import weakref


class Res:
    def __repr__(self):
        return "Res(" + self.name + ")"

    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


# del of the only reference
r = Res("r1")
del r
print("after del r1")

# rebinding a global drops the old value
r = Res("r2")
r = Res("r3")
print("after rebinding")

# a second reference keeps the object alive
a = Res("shared")
b = a
del a
print("a deleted, b alive")
del b
print("b deleted")


# locals die when their function returns
def scope():
    x = Res("local-x")
    y = Res("local-y")
    print("in scope")


scope()
print("after scope")


def factory(n):
    tmp = Res("tmp" + str(n))
    return Res("made" + str(n))


kept = factory(1)
print("kept", kept.name)


# containers release their items: lists last to first, dicts in order
items = [Res("item0"), Res("item1")]
del items
d = {"k1": Res("v1"), "k2": Res("v2")}
del d
print("containers gone")


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __del__(self):
        print("node del", self.name)


tree = Node("root")
tree.children.append(Node("leaf"))
tree = None
print("tree dropped")


# reference cycles wait for the cyclic collector
class Cyc:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("cycle collected")


c = Cyc()
del c
print("before gc.collect")
gc.collect()
print("after gc.collect")


# weak references
class Target:
    pass


t = Target()
w = weakref.ref(t, lambda ref: print("callback, dead:", ref() is None))
w2 = weakref.ref(t, lambda ref: print("second callback"))
wvd = weakref.WeakValueDictionary()
wvd["t"] = t
ws = weakref.WeakSet([t])
print(w() is t, len(wvd), len(ws), "t" in wvd)
del t
print(w(), len(wvd), len(ws), "t" in wvd)

t2 = Target()
f = weakref.finalize(t2, print, "finalizer ran")
print(f.alive)
del t2
print(f.alive)

# errors in __del__ are reported, not raised
class Bad:
    def __del__(self):
        raise ValueError("in __del__")


import io
import sys

saved_stderr = sys.stderr
sys.stderr = io.StringIO()
bad = Bad()
try:
    del bad
    print("no exception escaped")
except ValueError:
    print("escaped")
report = sys.stderr.getvalue().splitlines()
sys.stderr = saved_stderr
print(report[0].startswith("Exception ignored in: <function Bad.__del__ at 0x"))
print([line.replace(__file__, 'object_lifecycle.py') for line in report[1:3]])
print(report[-1])

# __del__ runs once even when resurrected
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
del p
print(len(saved))
saved.clear()
print("cleared")


# atexit: newest first, before the objects still alive are finalized
def bye(who, punct="!"):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(bye, "removed")
atexit.unregister(bye)
atexit.register(bye, "last")
leftover = Res("leftover")
tgt = Target()
later = weakref.finalize(tgt, print, "finalize at exit")
print("end of program")


# Temporaries: a discarded result, and arguments consumed by a statement.
def make_temp(tag):
    return Res(tag)


make_temp("discarded")
print("after discarded")
print(make_temp("argument"))
print("after argument")
holder = [Res("popped")]
holder.pop()
print("after pop")
fin = weakref.finalize(Target(), print, "temporary referent finalized")
print("after finalize")


# A caught exception keeps the failed frames' locals until its handler ends.
def fail():
    r = Res("in-fail")
    raise ValueError("boom")


try:
    fail()
except ValueError:
    print("caught")
print("after except")
try:
    fail()
except ValueError as e:
    print("caught as e")
print("after except as")


def inner_handler():
    try:
        fail()
    except ValueError as err:
        msg = str(err)
    return msg


print(inner_handler())


# A for loop over a temporary list releases it when the loop ends.
for item in [Res("loop1"), Res("loop2")]:
    print("in loop", item.name)
print("after loop")
