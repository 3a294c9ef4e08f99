b = b"abcdef"
mv = memoryview(b)
print(mv[1], mv[-1], mv[1:3].tobytes(), mv.tolist()[:3], len(mv), bytes(mv[::2]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
print(mv == b, mv == b"abcdeX", mv[::-1].tobytes(), mv[4:1:-1].tolist(), mv.hex(), mv.hex(":"), mv.obj is b, list(mv[:2]), hash(mv) == hash(b))
ba = bytearray(b"hello world")
v = memoryview(ba)
v[0] = ord("H"); v[6:11] = b"WORLD"; print(ba, v.readonly)
sub = v[6:]
sub[0] = 119; print(ba, sub.tobytes(), bytes(sub))
for bad in [lambda: v.__setitem__(0, 300), lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: mv.__setitem__(0, 1), lambda: v[20], lambda: memoryview("str"), lambda: memoryview(5), lambda: hash(v), lambda: v["a"]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"xyz") as m:
    print(m.tobytes(), m[0])
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
r = memoryview(b"abc"); r.release()
try:
    len(r)
except ValueError as e:
    print(type(e).__name__, e)
print(b"-".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"xy")), b"ab" + memoryview(b"cd"), b"abc".startswith(memoryview(b"ab")), memoryview(b"ab") == memoryview(b"ab"))
c = memoryview(b"ab").cast("c"); print(c[0], c.tolist(), c.format)
print(type(mv).__name__, isinstance(mv, memoryview), memoryview(mv).tobytes(), memoryview(ba)[0:3].tobytes())
