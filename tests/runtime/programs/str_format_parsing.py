import string
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "?") if isinstance(key, str) else args[key]
print(F().format("{a} {b} {0}", "z", a=1), list(string.Formatter().parse("a{0:>3}b{x!r}c")))
class Up(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def convert_field(self, value, conv):
        if conv == "u":
            return str(value).upper()
        return super().convert_field(value, conv)
print(Up().format("{} and {:>5} {x!u} {y.real} {z[1]}", "ab", "cd", x="hi", y=3, z=[0, "w"]))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError(f"unused: {sorted(extra)}")
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}{1}{0}", "x", "y"), f.format("{:{}}", 3, 5), f.vformat("{n:>{w}}", (), {"n": 1, "w": 4}))
for fmt in ["{}{0}", "{0}{}", "{:{:{}}}", "{0!z}", "{0[1]x}"]:
    try:
        print(f.format(fmt, [1, 2], 3, 4))
    except Exception as e:
        print(type(e).__name__, e)
print(f.get_field("0.real", (5,), {}), f.get_value(0, ["a"], {}), f.convert_field(1, "r"), f.format_field(3.5, ".2f"))
print("{0} {x}".format_map({"x": 1}) if False else "")
try:
    "{0} {x}".format_map({"x": 1})
except ValueError as e:
    print(type(e).__name__, e)
print("{x[a]}".format_map({"x": {"a": 5}}))
import string
for bad in ["{", "}", "{0!x}", "{:>>>}", "{0[}", "{a.}", "{!}", "{0:{1:{2}}}", "{0[}]}", "{!r", "{!rr}", "{0!}", "{0!r:", "{0:", "{0:{", "{0:}}", "a}b", "{0}}", "{0[1]x}", "{0..a}", "{0[]}", "{0.}", "{.a}", "{[0]}", "{0[1}", "{0:{1}}}", "x{ 0 }", "{-1}", "{0:{}}", "{ }", "{0!r }","{0!\u00e9}", "{0:{{}}}", "{0[0]}", "{1[0]}"]:
    try:
        print(repr(bad), repr(bad.format({"}": 5, "1": 7, " 0 ": 3, 0: 1}, "b", "c", **{" 0 ": 9, " ": 8, "-1": 4})))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    try:
        print(list(string.Formatter().parse(bad)))
    except Exception as e:
        print(type(e).__name__, e)
for fmt, arg in [("%(a)s %s", {"a": 1}), ("%s %s", {"a": 1}), ("%s", {"a": 1}), ("%(a)s-%(a)r", {"a": "v"})]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print(type(e).__name__, e)
for it in [1, None, 3.5]:
    try:
        "".join(it)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        b"".join(it)
    except TypeError as e:
        print(type(e).__name__, e)
