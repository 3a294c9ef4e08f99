# Frame objects and traceback entries keep seeing the frames they were made from, after many other calls.
import sys

def inner(x):
    return sys._getframe()

def outer(x):
    return inner(x * 2)

saved = [outer(i) for i in range(3)]
for fr in saved:
    print(fr.f_code.co_name, fr.f_locals, fr.f_back.f_code.co_name, fr.f_back.f_locals)

def fails(n):
    k = n * 10
    raise ValueError(n)

def caller(n):
    m = n + 1
    try:
        fails(m)
    except ValueError as e:
        return e

errs = [caller(i) for i in range(3)]
for i in range(50):
    caller(100 + i)
for e in errs:
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, dict(tb.tb_frame.f_locals)))
        tb = tb.tb_next
    print(e, out)

def helper(a, b=2):
    c = a + b
    return c

def uses(n):
    return [helper(i) for i in range(n)]

print(uses(5), uses(3), helper(1, b=5))

def gen(n):
    for i in range(n):
        yield sys._getframe().f_back.f_code.co_name

def consume():
    return list(gen(3))

print(consume(), consume())

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

head = None
for i in range(20):
    head = Node(i, head)
total = 0
while head:
    total += head.v
    head = head.nxt
print(total)

def rec(n):
    if n == 0:
        return sys._getframe()
    return rec(n - 1)

f0 = rec(5)
names = []
while f0 is not None and len(names) < 8:
    names.append((f0.f_code.co_name, f0.f_locals.get("n")))
    f0 = f0.f_back
print(names)
for i in range(30):
    rec(3)
print(names == [(n, l) for n, l in names])
