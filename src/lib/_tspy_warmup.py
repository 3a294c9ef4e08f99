"""Warm-up for tspy's eval loop (not a public module; see src/vm/warmup.ts).

Run once before __main__, in a throwaway namespace, while the eval loop is
still interpreted: every common instruction path and operand type runs here
first, so V8 optimizes the loop once with this feedback instead of
deoptimizing and recompiling it each time a program reaches a new path.
Nothing here prints, imports or changes any state a program can see.
"""


class _Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def pair(self):
        return (self.x, self.y)


class _Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class _Err(Exception):
    pass


def _gen(n):
    for i in range(n):
        yield i
    return n


def _delegate(n):
    r = yield from _gen(n)
    yield r


def _kw(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)


def _closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    for i in range(n):
        add(i)
    return add(0)


def _raiser(kind, v):
    if kind == 0:
        raise _Err(v)
    if kind == 1:
        return {}[v]
    if kind == 2:
        return v // 0
    return [][v]


def _exceptions(n):
    caught = 0
    for i in range(n):
        try:
            _raiser(i % 4, i)
        except _Err as e:
            caught += len(e.args)
        except (KeyError, IndexError):
            caught += 1
        except ZeroDivisionError:
            caught -= 1
        finally:
            caught += 0
        try:
            try:
                raise ValueError(i)
            except ValueError:
                raise
        except Exception as e:
            caught += e.args[0] is i
    return caught


def _numbers(n):
    i, f, big = 0, 0.5, 1 << 70
    s = 0
    while i < n:
        s += i * 3 - 1
        s -= i // 2 + i % 3
        s ^= i & 7 | 1
        s = s << 1 >> 1
        f = f * 1.5 + i / 3 - 0.25
        f = -f if f > 1e6 else f
        big = big * 3 + i
        s += big > i and big % 7 or 0
        s += int(f) if f >= 0 else 0
        s += (i < 5) + (i <= 5) + (i == 5) + (i != 5) + (i > 5) + (i >= 5)
        s += (f < 5.0) + (f <= 2) + (f == i) + (f != 1.0) + (f > 3.0) + (f >= 4)
        s += -i + (not i) + abs(-i) + ~i
        i += 1
    return s, f, big


def _strings(n):
    parts = []
    word = "abc"
    for i in range(n):
        t = f"{i}:{word!r}:{i * 0.5:.2f}:{word:>5}"
        parts.append(t + word[1:] + word[i % 3] + word * 2)
        if word in t or "x" not in t:
            parts.append(str(i).zfill(3))
        parts.append("%d-%s-%.1f" % (i, word, i / 2))
    joined = ",".join(parts)
    return len(joined), joined.split(",")[:2], joined < word, word == "abc"


def _containers(n):
    lst = [0] * 8
    tup = (1, 2, 3)
    d = {"a": 1, 2: "b", (1, 2): 3}
    st = {1, 2, 3}
    total = 0
    for i in range(n):
        lst[i % 8] = i
        lst.append(i)
        total += lst[-1] + lst[i % 8] + tup[i % 3] + d["a"] + len(d[2])
        total += d.get("z", 0) + (i in st) + (i in lst[:4]) + (2 in d)
        d[i + 100] = i
        a, b, *rest = lst[:5]
        x, y = tup[0], tup[1]
        total += a + b + len(rest) + x + y
        total += sum(v for v in tup) + len([k for k in d if k == 2]) + len({k: v for k, v in d.items() if v == 1})
        total += len({v % 2 for v in tup}) + max(tup) + min(lst[:3])
        del d[i + 100]
        lst.pop()
    for k, v in d.items():
        total += len(str(k)) + len(str(v))
    for ch in "xyz":
        total += ord(ch)
    return total, sorted(lst, key=lambda v: -v)[:2], list(reversed(tup)), list(zip(tup, lst)), list(enumerate(tup))


def _objects(n):
    pts = [_Point(i, i + 1) for i in range(4)]
    sl = _Slotted(1, 2)
    total = 0
    for i in range(n):
        p = pts[i % 4]
        p.x += 1
        total += p.norm2() + p.pair[0] + sl.a + sl.b
        sl.a = i
        total += getattr(p, "y") + isinstance(p, _Point) + (p is not None) + (p is pts[0])
        total += _kw(i) + _kw(1, 2, 3, c=4, d=5) + _kw(*tup_args(i), **{"c": 1})
        m = p.norm2
        total += m()
    return total


def tup_args(i):
    return (i, i + 1)


def _generators(n):
    total = 0
    for v in _gen(n):
        total += v
    total += sum(_delegate(n))
    g = (i * i for i in range(n))
    total += next(g) + sum(g)
    it = iter([1, 2, 3])
    total += next(it, 0)
    return total


def _with(n):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    total = 0
    for i in range(n):
        with Ctx() as c:
            total += c is not None
    return total


def _run():
    for _ in range(3):
        _numbers(20)
        _strings(10)
        _containers(10)
        _objects(10)
        _generators(10)
        _exceptions(12)
        _closure(10)
        _with(3)


_run()
