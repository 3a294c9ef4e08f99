import base64, io
for data in [b'', b'h', b'hi', b'hel', b'hell', b'hello world', b'\x00\x00\x00\x00hello', b'    abc', b'\x00', bytes(range(40))]:
    for kw in [{}, {'foldspaces': True}, {'pad': True}, {'adobe': True}, {'wrapcol': 7, 'adobe': True}, {'wrapcol': 3}]:
        enc = base64.a85encode(data, **kw)
        dec_kw = {k: v for k, v in kw.items() if k in ('foldspaces', 'adobe')}
        back = base64.a85decode(enc, **dec_kw)
        print(data[:8], kw, enc, back == data or back)
    print(base64.b32hexencode(data), base64.b32hexdecode(base64.b32hexencode(data)) == data)
print(base64.a85decode('87cURD]i,"Ebo80'), base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True), base64.a85decode(b'z y', foldspaces=True), base64.a85decode(b'8 7\tc', ignorechars=b' \t'))
for bad, kw in [(b'<~abc', {'adobe': True}), (b'abc~>', {}), (b'\x7f', {}), (b'az', {}), (b'uuuuu', {}), (b'ay', {'foldspaces': True})]:
    try: print(base64.a85decode(bad, **kw))
    except ValueError as e: print(type(e).__name__, e)
print(base64.b32hexdecode(b'd1imor3f44======', casefold=True))
for bad in [b'D1IMOR3F44=====', b'W1IMOR3F']:
    try: base64.b32hexdecode(bad)
    except Exception as e: print(type(e).__name__, e)
src = io.BytesIO(b'x' * 130); dst = io.BytesIO(); base64.encode(src, dst); print(dst.getvalue())
src2 = io.BytesIO(dst.getvalue()); out = io.BytesIO(); base64.decode(src2, out); print(out.getvalue() == b'x' * 130, base64.MAXLINESIZE, base64.MAXBINSIZE)
