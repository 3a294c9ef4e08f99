# A suspended generator that dies is closed: its finally/except blocks run.
import gc


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


g = numbers("del")
next(g)
del g
print("after del")


def use():
    h = numbers("local")
    next(h)
    print("in use")


use()
print("after use")

g2 = numbers("rebind")
next(g2)
g2 = None
print("after rebind")

unstarted = numbers("never started")
del unstarted
print("unstarted generators run nothing")

finished = numbers("finished")
print(list(finished))
del finished


def catcher():
    try:
        yield "a"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = catcher()
next(c)
del c


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def with_gen():
    with Resource():
        yield 1
        yield 2


w = with_gen()
next(w)
del w
print("after with_gen")

pending = numbers("at exit")
next(pending)
print("end")
