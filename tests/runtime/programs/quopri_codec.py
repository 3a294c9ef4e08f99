import quopri, binascii, io
samples = [b'', b'hello', b'h\xe9llo = world\t\nx', b'trailing space \nand tab\t\r\nnext', b'a' * 200, b'=' * 40, b'.\n.x\n.', b'x' * 75 + b'\n' + b'y' * 76 + b'\n' + b'z' * 77,
           b'under_score and space', b'\x00\x01\x7f\xff', b'line1\r\nline2\nline3\r\n', (b'word ' * 30).rstrip(), b'ab\tcd ef ', b'x' * 74 + b'==' + b'y' * 10, b'\r', b'a\rb\nc']
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            e = quopri.encodestring(s, quotetabs=qt, header=hd)
            print(repr(e), quopri.decodestring(e, header=hd) == s)
    print(repr(binascii.b2a_qp(s, istext=False)), repr(binascii.b2a_qp(s, False, False, True)))
for enc in [b'=41=42', b'a=\nb', b'a=\r\nb', b'a=  \nb', b'==', b'=4', b'=zz', b'=', b'a_b', b'=3d=3D', 'ascii str=41', b'=\r']:
    print(repr(binascii.a2b_qp(enc)), repr(binascii.a2b_qp(enc, header=True)), repr(quopri.decodestring(enc if isinstance(enc, bytes) else enc.encode())))
out = io.BytesIO(); quopri.encode(io.BytesIO(b'caf\xe9 \n'), out, quotetabs=True); print(out.getvalue())
back = io.BytesIO(); quopri.decode(io.BytesIO(out.getvalue()), back); print(back.getvalue())
print(quopri.unhex(b'3D'), quopri.unhex(b'ff'), quopri.ishex(b'a'), quopri.ishex(b'g'), quopri.quote(b'='), quopri.quote(b'\xff'))
print([quopri.needsquoting(c, q, h) for c in (b' ', b'_', b'\x7f', b'=', b'a') for q in (0, 1) for h in (0, 1)])
print(quopri.MAXLINESIZE, quopri.ESCAPE, quopri.HEX, quopri.__all__)
try:
    binascii.a2b_qp('é')
except ValueError as e:
    print(e)
try:
    binascii.b2a_qp('text')
except TypeError as e:
    print(e)
