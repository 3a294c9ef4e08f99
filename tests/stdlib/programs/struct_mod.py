import struct

fmts = ['b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P']
for order in ['@', '=', '<', '>', '!']:
    for f in fmts:
        if order != '@' and f in 'nNP':
            continue
        fmt = order + f
        v = 1.5 if f in 'efd' else (True if f == '?' else 100)
        p = struct.pack(fmt, v)
        print(fmt, struct.calcsize(fmt), p, struct.unpack(fmt, p))
print(struct.pack('<hiq', -2, -3, -4), struct.unpack('<hiq', struct.pack('<hiq', -2, -3, -4)))
print(struct.pack('>Q', 2**64 - 1), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.pack('3s2x4s', b'abcdef', b'xy'), struct.unpack('3s2x4s', b'abc\x00\x00xy\x00\x00'))
print(struct.pack('2p3p', b'abc', b'x'), struct.unpack('5p', b'\x09abcd'), struct.pack('c3c', b'a', b'b', b'c', b'd'))
print(struct.calcsize('@bi'), struct.calcsize('@ib'), struct.calcsize('@bq3sd'), struct.calcsize('=bq'), struct.calcsize('0i'), struct.pack('@b0i', 1))
print(struct.calcsize('< 2i 3h'), struct.pack('<e', 0.1), struct.pack('<e', 1e-5), struct.pack('<e', 65519.0), struct.unpack('<e', b'\x01\x00'))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('>d', float('nan')))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('i', Idx()))
s = struct.Struct('<ihb')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x00\x00\x02\x00\x03'))
buf = bytearray(12)
s.pack_into(buf, 2, 9, 8, 7)
struct.pack_into('>h', buf, -2, 258)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('<h', buf))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), list(s.iter_unpack(bytes(14))))
print(struct.Struct(b'>I').unpack(b'\x00\x00\x01\x00'))
tests = [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63),
         ('Q', -1), ('<i', 2**31), ('<I', -1), ('<q', 2**63), ('<Q', -1), ('<l', 2**31), ('n', 2**63), ('N', -1),
         ('<h', 2**15), ('<b', 200), ('i', 'x'), ('i', 1.5), ('c', b'ab'), ('s', 'x'), ('<f', 1e300), ('<e', 1e6),
         ('P', 2**64), ('<L', -1), ('<L', 2**32), ('I', 2**32), ('<H', 2**16), ('Q', 2**64), ('d', 'x'), ('z', 1)]
for f, v in tests:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(f, type(e).__name__, e)
for call in [lambda: struct.pack('ii', 1), lambda: struct.unpack('ii', b'1'), lambda: struct.unpack_from('ii', b'1234567890', 4),
             lambda: struct.pack_into('ii', bytearray(4), 2, 1, 2), lambda: list(struct.iter_unpack('ii', b'123')),
             lambda: struct.pack_into('i', bytes(4), 0, 1), lambda: struct.calcsize('3'), lambda: struct.unpack_from('i', b'12')]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.error.__mro__, issubclass(struct.error, Exception))
