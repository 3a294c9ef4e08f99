# AttributeError.name/.obj from the attribute protocol, generator gi_frame,
# nonempty __slots__ on variable-size built-in subclasses.
class O:
    pass


o = O()
try:
    o.missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__, e.obj is o)
try:
    O.nothing
except AttributeError as e:
    print(e.name, e.obj is O)
import math
try:
    math.nope
except AttributeError as e:
    print(e.name, e.obj is math)
e = AttributeError("custom")
print(e.name, e.obj)
e = AttributeError("custom", name="n", obj=5)
print(e.name, e.obj)


def gen():
    x = 1
    yield x
    yield x + 1


g = gen()
fr = g.gi_frame
print(fr.f_code.co_name, fr.f_lineno, fr.f_back)
next(g)
print(g.gi_frame is fr, g.gi_frame.f_lineno, g.gi_frame.f_locals)
list(g)
print(g.gi_frame)

for base in (int, bytes, tuple):
    for slots in (("a",), ("__dict__",), ("__weakref__",), ()):
        try:
            type("X", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, e)


class MyTuple(tuple):
    __slots__ = ()


try:
    class Sub(MyTuple):
        __slots__ = ("x",)
except TypeError as e:
    print(e)


class S(str):
    __slots__ = ("extra",)


s = S("abc")
s.extra = 1
print(s, s.extra)
