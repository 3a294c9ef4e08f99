b = b"Hello World"
print(b.hex("-", 2), b.hex("-", -2), b.hex(":", 3), b.hex(b"|", -4), b.hex(sep="_"), b"".hex("-"), b"ab".hex("-", 0), bytearray(b"abc").hex(" ", 2))
for args in [("ab",), ("é",), (1,)]:
    try:
        print(b.hex(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s %d %x %5.1f %r %a" % (b"ab", 5, 255, 1.25, b"q", "é"), b"%%b %b %-4b|" % (b"x", bytearray(b"y")), b"%c%c%5c" % (65, b"B", 67))
print(b"%(a)s %(b)d" % {b"a": b"v", b"b": 3}, b"%.2s" % b"abcdef", b"%r" % "é")
class B:
    def __bytes__(self): return b"BB"
for fmt, a in [(b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%y", 1), (b"%(a)s", (1,)), (b"%s %s", (b"a",))]:
    try:
        print(fmt % a)
    except Exception as e:
        print(type(e).__name__, e)
print(bytearray(b"%d-%s") % (1, b"z"))
for s, enc in [("\u0100ab\u0101", "cp1252"), ("\ud800", "utf-8-sig"), ("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ é", "cp1252"), ("ab", "utf-8-sig"), ("", "utf_8_sig"), ("x", "windows-1252")]:
    try:
        b = s.encode(enc)
        print(b, b.decode(enc) == s)
    except Exception as e:
        print(type(e).__name__, e, e.start, e.end)
for b, enc in [(b"a\x81\x81", "cp1252"), (b"\xef\xbb\xbf\xff", "utf-8-sig"), (b"\xef\xbb\xbf\xef\xbb\xbfx", "utf-8-sig"), (b"", "utf-8-sig"), (b"\x80\x9f", "cp1252")]:
    try:
        print(repr(b.decode(enc)))
    except Exception as e:
        print(type(e).__name__, e, e.start, e.end, e.object)
print('\u0100'.encode('cp1252','replace'), '\u0100'.encode('cp1252','xmlcharrefreplace'), '\u0100'.encode('cp1252','ignore'), '\u0100'.encode('cp1252','backslashreplace'), b'\x81'.decode('cp1252','replace'), b'\x81'.decode('cp1252','backslashreplace'))
