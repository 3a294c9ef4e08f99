# Instruction pairs the VM fuses (frame.ts `quicken`) must behave exactly like the pairs.
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


# LOAD_FAST__LOAD_FAST whose second half is unbound
def second_unbound(flag):
    if flag:
        b = 1
    a = 2
    return a + b


try:
    second_unbound(False)
except UnboundLocalError as e:
    print("unbound:", e, tb_lines(e))


# STORE_FAST__STORE_FAST, STORE_FAST__LOAD_FAST, LOAD_CONST__LOAD_FAST, LOAD_FAST__LOAD_CONST
def pairs(n):
    a, b = n, n + 1
    c = a
    d = 3 + c
    return a, b, c, d, c * 2


print(pairs(5))


# COMPARE_OP + POP_JUMP in all four directions and truth senses
def cmp_jumps(xs):
    out = []
    for x in xs:
        if x < 3:
            out.append("lt3")
        if not x >= 10:
            out.append("lt10")
        i = 0
        while i < x:  # backward jump if true at the loop end
            i += 4
        out.append(i)
        j = 5
        while not j <= 0:
            j -= 2
        out.append(j)
    return out


print(cmp_jumps([0, 2, 7, 12]))
print(cmp_jumps([0.5, 2.5, 7.5, 12.5]))


# strings order by code point, not by UTF-16 unit
s = "\uffff"
t = "\U0001F600"
if s < t:
    print("code point order")
print(s < t, s > t, t >= s, sorted([t, s, "a"]) == ["a", s, t], min(t, s) == s)


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Weird(self.v < other.v)

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


if Weird(1) < Weird(2):
    print("rich result is truthy")
if not (Weird(3) < Weird(2)):
    print("rich result is falsy")


class Boom:
    def __lt__(self, other):
        return Weird(None)


def truth_error():
    x = Boom()
    if x < 1:
        return "never"


try:
    truth_error()
except ValueError as e:
    print("truth error:", e, tb_lines(e)[:2])


def cmp_error():
    return 1 if "a" < 1 else 2


try:
    cmp_error()
except TypeError as e:
    print("compare error:", e, tb_lines(e))


# a jump into the second instruction of a fused pair
def jump_into_pair(n):
    total = 0
    k = 1
    for i in range(n):
        total = total + k
        k = i
    return total, k


print(jump_into_pair(6))


# calls: PRECALL + CALL with positional, keyword and method calls
def f(a, b=2, *, c=3):
    return a + b + c


class K:
    def m(self, x):
        return x * 10


print(f(1), f(1, 5), f(1, c=7), K().m(4), len("abc"), sys.getrecursionlimit() > 0)


# string ordering in COMPARE_OP and the fused compare+jump, every operator
words = ["b", "a", "\uffff", "\U0001F600", "ab", ""]
print([[int(x < y) + 2 * int(x <= y) + 4 * int(x > y) + 8 * int(x >= y) for y in words] for x in words])
def ordered(ws):
    out = []
    for x in ws:
        for y in ws:
            if x < y:
                out.append(1)
            if not x >= y:
                out.append(2)
    return len(out)
print(ordered(words))
