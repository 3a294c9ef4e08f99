# bytes/bytearray deeper
ba = bytearray(b"hello")
ba[1:3] = b"EY"; print(ba); ba[0:0] = b">>"; print(ba); del ba[::2]; print(ba); ba.extend([33, 34]); print(ba, ba.find(b"!"), ba.rfind(33), ba.index(b"l") if b"l" in ba else -1)
ba2 = bytearray(b"abc"); ba2 *= 2; print(ba2, ba2 + b"x", b"x" + ba2, ba2 == b"abcabc", ba2 < b"b", bytes(ba2) is not ba2)
print(bytearray(b"  pad  ").strip(), bytearray(b"a,b").split(b","), bytearray(b"abc").replace(b"b", b"BB"), bytearray(b"Hi").lower(), bytearray(b"x").isalpha(), bytearray().join([b"a", b"b"]))
ba3 = bytearray(b"xyz"); print(ba3.pop(0), ba3.pop(), ba3, ba3.copy(), ba3.clear(), ba3, len(ba3))
try:
    bytearray(b"").pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a")[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc"[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"ab")[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc"[::-1], b"abc"[5:], b"abc"[-1], b"a b".split(), b"\xc3\xa9".decode(), bytes([1, 2]) * 2, b"ab" in b"xaby", 97 in b"a", bytes(range(65, 70)).decode("ascii"))
print(b"Hello %s, you are %d" % (b"Bob", 30), b"%5s|%-5s|" % (b"a", b"b"), b"%x %o %e" % (255, 8, 1.5), b"%.2f%%" % 99.5)
print(bytes.fromhex("48 65 6c 6c 6f").decode(), b"hello".hex(), bytes([0xde, 0xad]).hex(" "), b"".hex(), bytearray(b"\x00\xff").hex())
print(b"a\nb".splitlines(), b"  a  ".lstrip(), b"abc".center(7, b"-"), b"abc".zfill(5), b"TitLe".title(), b"abc".capitalize(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper())
print(repr(b"\t\n\r\x0b\x0c\\'\""), repr(bytearray(b"\x80abc")), str(bytearray(b"q")), b"abc".count(b""), b"aaa".count(b"aa"), b"abc".startswith((b"x", b"a")), b"x".join([b"1", b"2", b"3"]))
print(int.from_bytes(b"\x00\x01", "little"), list(b"abc"), [b for b in bytearray(b"hi")], sorted(b"cba"), max(b"abc"), sum(b"\x01\x02"), b"abc" + bytearray(b"d"), type(b"abc" + bytearray(b"d")).__name__, type(bytearray(b"d") + b"abc").__name__)
for v in [5, 'ab', [300], [1.5], None, (1, 2), 2.5, True, iter([7, 8])]:
    try:
        b = bytearray(b'abc'); b[0:1] = v; print(b)
    except Exception as e:
        print(type(e).__name__, e)
