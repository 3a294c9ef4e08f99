import functools
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
    def greet(self, greeting, name="x", punct="!"): return f"{greeting}, {name}{punct}"
    hello = functools.partialmethod(greet, "Hello", punct="?")
    @classmethod
    def make(cls, a, b): return (cls.__name__, a, b)
    make1 = functools.partialmethod(make, 1)
    @staticmethod
    def st(a, b): return a * b
    st2 = functools.partialmethod(st, 2) if False else None
c = Cell()
c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
print(c.hello(), c.hello(name="Bob"), c.hello(name="Al", punct="."), Cell.make1(5), c.make1(6))
pm = Cell.__dict__["hello"]
print(type(pm).__name__, pm.func.__name__, pm.args, pm.keywords)
try:
    functools.partialmethod(5)
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    @functools.singledispatchmethod
    def show(self, arg):
        return f"default {arg!r}"
    @show.register
    def _(self, arg: int):
        return f"int {arg}"
    @show.register(list)
    def _(self, arg):
        return f"list of {len(arg)}"
    @show.register
    def _(self, arg: str):
        return f"str {arg.upper()}"
f = Fmt()
print(f.show(1), f.show([1, 2]), f.show("ab"), f.show(2.5), f.show(True), Fmt.show.__name__ if hasattr(Fmt.show, "__name__") else "")
class Neg:
    @functools.singledispatchmethod
    @classmethod
    def neg(cls, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register(int)
    @classmethod
    def _(cls, arg):
        return -arg
    @neg.register(bool)
    @classmethod
    def _(cls, arg):
        return not arg
print(Neg.neg(5), Neg.neg(True), Neg().neg(7))
try:
    Neg.neg("x")
except NotImplementedError as e:
    print(type(e).__name__, e)
