for v, s in [(3.14159, ".2f"), (42, ">5"), ("x", "*^7"), (1e16, ""), (255, "#x"), (1234567, ","), (1234567, "_"),
             (0.5, ".0f"), (2.5, ".0f"), (1.5, ".0%"), (-1.5, "+.3e"), (12345.678, "10.2f"), (12345.678, "<12,.1f"),
             (123.456, "g"), (1e-7, "g"), (1e100, ".3g"), (0.0001, ""), (True, ""), (True, "d"), (None, ""),
             (1 + 2j, ""), (3j, ".2f"), (float("inf"), "010"), (float("nan"), "+"), (-0.0, "z.1f"), (255, "08b"),
             (-42, "=+8d"), (65, "c"), (2**70, ",d"), ("abc", ".2"), ("ab", "0>5"), (1234, "010,"), (0.1, ".17g")]:
    print(repr(v), repr(s), repr(format(v, s)))
print("%s %r %d %i %5.2f %-6e %g %x %X %o %c %%" % ("s", "r", 3.9, -4, 2.345, 1e5, 1e-5, 255, 255, 8, "z"))
print("%(a)s-%(b)05d" % {"a": "A", "b": 42}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159), "%s" % [1, 2], "%s" % {"k": 1})
print("%#x %#o %+d % d %05.1f %.3s %c" % (255, 8, 5, 5, 2.25, "abcdef", 9731))
print("{} {} {}".format(1, "a", None), "{1}{0}".format("a", "b"), "{x}{y!r}".format(x=1, y="q"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{{literal}} {:>5} {!a}".format("r", "é"), f"{3.5:>8.2f}|{'s':^5}|{10:#b}")
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: format(1.0, "d"))
show(lambda: format("a", "d"))
show(lambda: format(1, ".2"))
show(lambda: format(1, "abc"))
show(lambda: format("s", "+"))
show(lambda: format(1, ",_"))
show(lambda: format(1, "+c"))
show(lambda: format(object(), "x"))
show(lambda: "%d" % "a")
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%y" % 1)
show(lambda: "abc%" % ())
show(lambda: "%(a)s" % 1)
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{2}".format(1))
show(lambda: "{x}".format())
show(lambda: "{0!x}".format(1))
show(lambda: "}".format())
show(lambda: "{".format())
show(lambda: "{:{:{}}}".format(1, 2, 3))
