for f in (lambda: b"abc".startswith("a"), lambda: b"abc".endswith(("a",)), lambda: b"abc".find("a"), lambda: b"a" + "b", lambda: b"abc".split("b"), lambda: b"abc".replace("a", "b"), lambda: "abc".startswith(b"a")):
    try:
        print(f())
    except TypeError as e:
        print("TE", e)
for f in (lambda: "a" in b"abc", lambda: b"abc".count("a"), lambda: b"abc".index("z"), lambda: b"abc".rfind(b"c"), lambda: b"abc".find(98), lambda: b"abc".count(b"b"), lambda: bytearray(b"ab").startswith("a"), lambda: b"abc".endswith(bytearray(b"c")), lambda: b"abc".startswith(1)):
    try:
        print(f())
    except TypeError as e:
        print("TE", e)
