"""Closures, keyword arguments, *args and small classes with __slots__-free attribute access."""
import sys


def make_counter(step):
    total = 0

    def bump(times=1, *, scale=1):
        nonlocal total
        total += step * times * scale
        return total

    return bump


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 180000
    c = make_counter(3)
    p = Point(0, 0)
    acc = 0
    for i in range(n):
        acc += c(2, scale=i % 3)
        p = p.moved(dx=1, dy=-1) if i % 2 else apply(p.moved, 2, dy=1)
    print(acc, p.x, p.y)


main()
