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


# An AttributeError raised by a property or descriptor falls back to __getattr__.
class Fallback:
    def __getattr__(self, n):
        return "fallback:" + n

    @property
    def p(self):
        raise AttributeError("inner")

    @property
    def q(self):
        raise KeyError("k")


fb = Fallback()
for i in range(3):
    print(fb.p, getattr(fb, "p"), hasattr(fb, "p"))
try:
    fb.q
except KeyError as e:
    print("KeyError passes through", e)


class Meta(type):
    def __getattr__(cls, n):
        return "meta:" + n


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.anything)


class NoFallback:
    @property
    def p(self):
        raise AttributeError("inner only")


try:
    NoFallback().p
except AttributeError as e:
    print(e)


# A module-level built-in function is bound to its module.
import builtins
import sys

print(len.__self__ is builtins, print.__self__ is builtins, sys.exit.__self__ is sys, [].append.__self__)
