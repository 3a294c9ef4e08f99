s = "hello world hello"
for args in [("l",), ("l", 3), ("l", -5), ("l", 3, -3), ("l", None, 5), ("", 2, 1), ("hello", 1), ("o", -100, 100), ("xyz",)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(args[0], *args[1:]), s.endswith(args[0], *args[1:]))
print(s.index("o", 5), s.rindex("o", 0, 8), s.split(" ", -1), s.split(maxsplit=1), s.rsplit(maxsplit=1), s.splitlines(keepends=False))
print(s.replace("l", "L", 0), s.replace("hello", ""), s.replace("", "|")[:10], "".replace("", "x"), "".replace("", "x", 0), "abc".replace("", "-", 1))
print(s.strip("ho"), s.lstrip("hel"), s.rstrip("ol"), s.strip(""), s.strip(None), "  \t\n x \r\x0b\x0c".strip(), "\u3000x\u2003".strip(), "\x1cx\x1f".strip())
print(s.title(), s.center(25, "."), s.ljust(20, "_"), s.rjust(20, "_"), s.zfill(20), s.expandtabs(), s.partition("o w"), s.rpartition("l"))
print("a b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x1fk\x85l\xa0m\u2028n".split(), "a,b".split(",", 0), "a,,b".split(","), ",a,".split(","), "  ".split(" "))
print("%s" % "x".join("abc"), "x".join(["a"]), "".join(("a", "b")), ", ".join({"k": 1}), "-".join(str(i) for i in range(3)), "\n".join([]) == "")
print("Hello".swapcase(), "hELLO wORLD".capitalize(), "123abc".capitalize(), "éCOLE".capitalize(), "o'neil mc-donald".title(), "ÀÉÎ".lower(), "àéî".upper())
print("abc".isalnum(), "ab c".isalnum(), "".isalnum(), "Ab1".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "class".isidentifier(), "ℕ".isidentifier(), "1".isidentifier())
print("ABC".isupper(), "AbC".isupper(), "A1".isupper(), "1".isupper(), "abc".islower(), "a1".islower(), "ß".islower(), "ǅ".isupper(), "ǅ".islower(), "ǅ".istitle())
print(str.maketrans("ab", "cd"), str.maketrans({"a": 1, "b": "x", 99: None}), "abcabc".translate({97: "AA", 98: None}), "abc".translate(str.maketrans("", "", "b")), "x".translate({}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
print("abc" * 2, "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "b".__lt__("a"), "abc".__add__("d"), "a".__mul__(3), "a".__rmul__(2), "abc".__mod__(()) if False else "", str.__new__(str, 5))
print("{0:{1}}".format("x", 5) + "|", "{:>{}}".format("y", 4), "%(a)s%%" % {"a": 1}, "%c" % 0x1F600, "%5.2s|" % "abc", "%-+5d|" % 3, "%x" % True)
for a in [(2, 1), (4,), (3, 3), (2, 2), (-1, -2), (5, 10), (0, 0), (-10, 0)]:
    print(a, "abc".startswith("", *a), "abc".endswith("", *a), b"abc".startswith(b"", *a), b"abc".endswith(b"", *a), "abc".startswith(("x", ""), *a), b"abc".endswith((b"c",), *a), bytearray(b"abc").startswith(b"a", *a))
