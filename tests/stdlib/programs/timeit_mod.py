import timeit

# A fake clock makes the timings deterministic.
class Clock:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        self.t += 0.25
        return self.t

calls = []
def work():
    calls.append(1)

t = timeit.Timer(work, timer=Clock())
print(t.timeit(10), len(calls))
print(t.repeat(3, 4), len(calls))

counter = {'n': 0}
t = timeit.Timer("counter['n'] += x", setup="x = 2", timer=Clock(), globals={'counter': counter})
print(t.timeit(5), counter)

ns = {'total': []}
print(timeit.timeit("total.append(i)", setup="i = 7", number=3, globals=ns, timer=Clock()), ns['total'])
print(timeit.repeat("pass", repeat=2, number=0, timer=Clock()))

# multi-line statements and setup
src = """
for k in range(3):
    acc.append(k)
"""
acc = []
timeit.Timer(src, setup="acc.clear()\nacc.append('s')", globals={'acc': acc}).timeit(2)
print(acc)

# setup callable
st = []
timeit.Timer(lambda: st.append('stmt'), setup=lambda: st.append('setup')).timeit(2)
print(st)

seen = []
g = {'cnt': 0}
n, taken = timeit.Timer("g['cnt'] += 1", timer=lambda: g['cnt'] / 64, globals={'g': g}).autorange(lambda n, t: seen.append((n, t)))
print(n, taken, seen)
print(timeit.Timer("g['cnt'] += 1", timer=lambda: g['cnt'] / 64, globals={'g': g}).autorange())

# real clock: only types
r = timeit.timeit("sum(range(10))", number=100)
print(type(r).__name__, r >= 0)
print(timeit.default_timer is __import__('time').perf_counter)
print(len(timeit.repeat("x = 1", number=10)))

for bad in (None, 3):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer(setup=1)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print('SyntaxError', e.filename)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    timeit.Timer("1/0").timeit(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

import io
t = timeit.Timer("x = 1\ny = 1/0")
try:
    t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(buf)
    print('\n'.join(buf.getvalue().splitlines()[-4:]))
