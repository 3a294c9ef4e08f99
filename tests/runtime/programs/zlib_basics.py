import zlib
data = b'hello world ' * 50 + bytes(range(256))
for lvl in (-1, 6, 9, 0):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:12], zlib.decompress(c) == data)
print(zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.crc32(b'hello world'), zlib.adler32(b'hello'), zlib.adler32(data), zlib.crc32(b''))
for wbits in (-15, 31, 9):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, len(c), zlib.decompress(c, wbits=wbits) == data, zlib.decompress(c, wbits=47) == data if wbits > 0 else '')
co = zlib.compressobj()
stream = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
print(stream == zlib.compress(data), len(stream))
do = zlib.decompressobj()
out = do.decompress(stream[:20]) + do.decompress(stream[20:] + b'extra') + do.flush()
print(out == data, do.eof, do.unused_data)
try:
    zlib.decompress(b'not zlib data')
except zlib.error as e:
    print('error', e)
try:
    zlib.decompress(zlib.compress(data)[:-5])
except zlib.error as e:
    print('error', e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, isinstance(zlib.error('x'), Exception))
