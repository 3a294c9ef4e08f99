# Uncaught tracebacks show only the newest sys.tracebacklimit entries (default 1000).
import sys
sys.setrecursionlimit(1500)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('caught:', e)
sys.tracebacklimit = 2
def f():
    1 / 0
def g():
    try:
        f()
    except ZeroDivisionError as e:
        raise KeyError('k') from e
def h():
    g()
h()
