# memoryview over bytes, bytearray, array.array and other views.
b = bytearray(b"hello world")
m = memoryview(b)
print(m[0], m[-1], bytes(m[0:5]), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
m[0] = ord("H"); print(b)
m[6:11] = b"WORLD"; print(b)
print(m.tobytes(), m.tolist()[:3], m.hex())
ro = memoryview(b"abc")
try: ro[0] = 1
except TypeError as e: print(e)
try: m[0:2] = b"xyz"
except ValueError as e: print(e)
print(len(m), list(m[1:4]), m == b"Hello WORLD", m[::2].tobytes())
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
try: mv[0]
except ValueError as e: print(e)
m2 = memoryview(bytearray(8)).cast("I")
print(m2.format, m2.itemsize, len(m2), m2.shape)
m2[0] = 2**32 - 1; print(m2.tolist(), bytes(m2.obj)[:4])
try: m2[1] = -1
except (ValueError, OverflowError) as e: print(type(e).__name__, e)
m.release()
try: len(m)
except ValueError as e: print(e)
print(memoryview(b"ab").tolist(), hash(memoryview(b"ab")) == hash(b"ab"))
import array
a = array.array('h', [1, 2, 3])
ma = memoryview(a); print(ma.format, ma.itemsize, ma.tolist(), ma[1])
try: memoryview("str")
except TypeError as e: print(e)
m=memoryview(b'ab')
print(type(iter(m)), [x for x in dir(m) if not x.startswith('__')])
try: m['a']
except TypeError as e: print(e)
try: m[5]
except IndexError as e: print(e)
try: memoryview(bytearray(b'ab'))[0]='x'
except TypeError as e: print(e)
try: memoryview(bytearray(b'ab'))[0]=300
except ValueError as e: print(e)
try: hash(memoryview(bytearray(b'ab')))
except ValueError as e: print(e)
print(memoryview(b'abcd').cast('H').tolist(), memoryview(b'ab').cast('c').tolist())
try: memoryview(b'abc').cast('H')
except TypeError as e: print(e)
try: memoryview(b'abcd').cast('H').cast('I')
except TypeError as e: print(e)
print(memoryview(b'abcdef')[::2].tobytes(), memoryview(b'abcdef')[::-1].tobytes(), memoryview(b'abcdef')[::2].contiguous)
try: memoryview(b'abcdef')[::2].cast('B')
except TypeError as e: print(e)
print(memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') == b'ab', memoryview(b'ab') == 'ab', memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01'))
print(bytes(memoryview(b'xy')), bytearray(memoryview(b'xy')), b'a' + memoryview(b'b'), memoryview(b'ab').hex(':'))
print(memoryview(b'abcd').cast('B', [2,2]).tolist())
print(memoryview(b'abc')[1:].obj, memoryview(b'x').toreadonly().readonly, memoryview(bytearray(2)).cast('?').tolist())
import struct
print(struct.unpack('<H', memoryview(b'\x01\x02')), int.from_bytes(memoryview(b'\x01\x02'), 'big'))
print(memoryview(b'ab').c_contiguous, memoryview(b'ab').suboffsets, memoryview(b'ab')[::-1].strides)
ba = bytearray(b"0123456789")
view = memoryview(ba)[2:8]
view[::2] = b"abc"
print(ba, view.tobytes(), len(view), view[-1], list(view[1:3]))
sub = view[1:4]; sub[0] = ord('Z'); print(ba)
print(memoryview(b"xyz").tolist(), memoryview(bytearray(b"\x00\x00\x80\x3f")).cast('f')[0])
fm = memoryview(bytearray(8)).cast('d'); fm[0] = 1.5; print(fm.tolist())
try: fm[0] = "x"
except TypeError as e: print(e)
print(sum(memoryview(b"\x01\x02\x03")), max(memoryview(b"\x05\x02")), b"\x02" in memoryview(b"\x01\x02") if False else 2 in memoryview(b"\x01\x02"))
def checksum(data: bytes) -> int:
    mv = memoryview(data)
    total = 0
    for i in range(0, len(mv), 2):
        chunk = mv[i:i+2]
        total += int.from_bytes(chunk, "little")
    return total
print(checksum(b"\x01\x00\x02\x00\x03"))
print(memoryview(b"abc").nbytes, memoryview(b"abcd").cast("I").nbytes, memoryview(b"").tolist())
import hashlib
print(hashlib.md5(memoryview(b"abc")).hexdigest())
print(b"abc".startswith(memoryview(b"ab")) if True else None, bytearray(b"x") + memoryview(b"y"))
