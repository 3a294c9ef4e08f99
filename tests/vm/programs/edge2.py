def f():
    try:
        return 1
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(5):
        try:
            if i == 2: break
        finally:
            print("f", i)
    return i
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
try:
    try:
        raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        print("values", eg.exceptions)
    except* TypeError as eg:
        print("types", eg.exceptions)
except Exception as e:
    print("leftover", repr(e))
try:
    try:
        raise ExceptionGroup("g", [KeyError(1), OSError(2)])
    except* KeyError:
        print("keys")
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def gen():
    yield 1
    raise KeyError("in gen")
try:
    for v in gen():
        print("v", v)
except KeyError as e:
    print("caught", e)
def nested():
    def a(): return b()
    def b(): raise IndexError("deep")
    return a()
try:
    nested()
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
import sys
def show():
    try:
        raise TypeError("x")
    except TypeError:
        return sys.exc_info()[0].__name__
print(show(), sys.exc_info())
x = 0
while True:
    x += 1
    if x > 3: break
else:
    print("no")
print(x)
class Stack:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __bool__(self): return bool(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, v): return v in self.items
    def __getitem__(self, i): return self.items[i]
s = Stack(); print(bool(s), len(s)); s.items.append(4); print(bool(s), 4 in s, s[0], list(s))
print(sorted({3: 'a', 1: 'b'}.items()), max([1, 5, 2], key=lambda v: -v))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 10 / 4, 1e300 * 1e10, -(2 ** 63))
print(int("ff", 16), 0.1 + 0.2, round(2.5), round(3.5), abs(-3), 3 // 2.0)
big = 2 ** 64
print(big + 1, big * big, big // 3, -big, big > 10, hash(1) == hash(1.0))
