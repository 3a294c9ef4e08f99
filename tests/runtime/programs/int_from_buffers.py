# int() parses memoryviews like bytes, and bad bytearray/memoryview literals show as bytes.
for x in [bytearray(b'x'), memoryview(b'12'), memoryview(b' 1_0 '), memoryview(b'1x'), bytearray(b'7'), b'z', bytearray(b'0x1f')]:
    for b in [None, 16, 0]:
        try: print(int(x) if b is None else int(x, b))
        except Exception as e: print(type(e).__name__, e)
