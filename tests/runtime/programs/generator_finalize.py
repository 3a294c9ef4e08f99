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


# A for loop left by break or return drops its generator at once.
def gexc(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closing", tag)
for x in gexc("break"):
    break
print("after break")
def find():
    for x in gexc("return"):
        return x
print(find())
for i in range(2):
    for x in gexc(f"nested{i}"):
        if x == 1:
            break
    print("inner done", i)
def handler():
    for x in gexc("except-break"):
        try:
            raise ValueError
        except ValueError:
            break
    print("after except-break")
handler()
for x in gexc("full"):
    pass
print("full done")
g = gexc("kept")
for x in g:
    break
print("kept alive")
del g
