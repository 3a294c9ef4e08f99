tests = [
    lambda: len(), lambda: abs("x"), lambda: pow("a", 2), lambda: round("x"), lambda: sorted(1), lambda: min(), lambda: zip(1), lambda: enumerate(1),
    lambda: int("x", 100), lambda: chr(-1), lambda: bin(1.5), lambda: divmod("a", 1), lambda: [].append(), lambda: {}.get(), lambda: "".replace("a"),
    lambda: "abc".startswith(1), lambda: "a".join("b", "c"), lambda: [1].index(), lambda: (1).bit_length(1), lambda: float("1", 2), lambda: str.upper(1),
    lambda: list.append(1, 2), lambda: dict.fromkeys(1), lambda: set([[1]]), lambda: frozenset(1), lambda: range("a"), lambda: slice(), lambda: tuple(1, 2),
    lambda: [].insert(1), lambda: "x".count(), lambda: "x".split(1), lambda: "x".strip(1), lambda: bytes(-1), lambda: bytearray("x"), lambda: hex("a"),
    lambda: ord(""), lambda: ord(1), lambda: sum(["a"]), lambda: sum([[1]]), lambda: max(1, 2, key=1), lambda: sorted([1], key=1), lambda: iter(1, 2),
    lambda: next([]), lambda: reversed(1), lambda: reversed({1}), lambda: isinstance(1, [int]), lambda: issubclass(1, int), lambda: getattr(1, 2),
    lambda: setattr(1, "x", 2), lambda: delattr(1, "x"), lambda: hash({}), lambda: vars(1), lambda: dir(1, 2), lambda: format(1, 2), lambda: "{}".format_map(1),
    lambda: int.from_bytes("x", "big"), lambda: (1).to_bytes(1, "middle"), lambda: [1, 2, 3][1:2] + (1,), lambda: {1: 2} + {3: 4}, lambda: {1} + {2},
    lambda: "a" < 1, lambda: [1] < (1,), lambda: None + 1, lambda: 1 @ 2, lambda: ~1.5, lambda: 1 << 1.0, lambda: "%d" % None, lambda: [] * [],
    lambda: dict(1), lambda: dict(a=1).update(1), lambda: list(None), lambda: str.format(), lambda: "".center(), lambda: "a".encode(1), lambda: b"a".decode("nope"),
    lambda: callable(), lambda: id(), lambda: open(), lambda: print(end=1), lambda: input(1, 2), lambda: any(1), lambda: all(None), lambda: filter(1, [1]).__next__(),
    lambda: map(None, [1]).__next__(), lambda: compile("x", "f", "bad"), lambda: eval(1), lambda: exec(None), lambda: complex(1, "x"), lambda: object(1),
    lambda: type(1, 2), lambda: super(1), lambda: memoryview(), lambda: round(1.5, 1.5), lambda: divmod(1), lambda: pow(1, 2, 3, 4), lambda: pow(1.5, 2, 3),
    lambda: [].pop("a"), lambda: [3, 1].sort(reverse=None) , lambda: "ab"[1.0], lambda: (1, 2)["a"], lambda: {}["a"], lambda: [][0], lambda: ()[0], lambda: ""[0], lambda: range(3)[5],
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
for x in [[1,2], (255,), [256], 'ab', 5, None, b'\x01']:
    try: print(int.from_bytes(x, 'big'))
    except Exception as e: print(type(e).__name__, e)
for r in [1.5, None, 'x', 2, True, 0]:
    try: print(sorted([2,1], reverse=r), [1, 2].sort(reverse=r))
    except Exception as e: print(type(e).__name__, e)
for a in [(), ("a",), (1.5,), (0,), (None,)]:
    try: print([].pop(*a))
    except Exception as e: print(type(e).__name__, e)
