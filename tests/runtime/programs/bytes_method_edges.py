# bytes/bytearray methods and mutation edge cases.
for e in ['b"x".ljust(3, "a")', 'b"x".rjust(3, b"ab")', 'b"x".center(4, b"")', 'bytearray(b"x").ljust(3, b"ab")', 'b"x".ljust(3, bytearray(b"-"))', 'b"x".center(3, 45)', 'b"x".ljust(3.0)', 'b"12".zfill("3")', 'b"x".center(4, b"*")', 'bytearray(b"ab").rjust(5, b"0")']:
  try: print(e, eval(e))
  except Exception as ex: print(e, type(ex).__name__, ex)
tests = ["bytearray(b'abc').pop()", "bytearray(b'abc').pop(0)", "bytearray().pop()", "bytearray(b'ab').remove(97)", "bytearray(b'ab').remove(99)", "bytearray(b'a').insert(0, 256)", "bytearray(b'a').append('b')", "bytearray(b'ab') * 2", "b'ab'[::-1]", "bytearray(b'abc')[::2]", "b'a' in b'abc'", "300 in b'abc'", "'a' in b'abc'", "b'abc'.index(99)", "bytes(b'abc').replace(b'b', b'XY')", "b'a b  c'.split()", "b'a,b'.split(b',', 1)", "b' x '.strip()", "b'xxaxx'.strip(b'x')", "b'ab'.join([b'1', bytearray(b'2')])", "b''.join([b'a', 'b'])", "b'abc'.startswith((b'x', b'a'))", "b'%5.2f|%-4d|%x' % (3.14159, 7, 255)", "b'%s' % 'str'", "b'%r' % b'x'", "b'%a' % 'é'", "b'%c' % 65", "b'%c' % b'A'", "bytes.maketrans(b'ab', b'xy')[97:99]", "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "b'hello'.title()", "b'Hello World'.swapcase()", "b'abc'.center(9, b'-')", "b'12'.zfill(5)", "b'a\\tb'.expandtabs(4)", "b'abc'.isalpha()", "b'ABC'.isupper()", "b'  '.isspace()", "b'abc'.partition(b'b')", "b'abc'.rpartition(b'x')", "bytearray(b'abc').reverse()", "ba := bytearray(b'hello')", "bytearray(b'hello')[1:3]", "bytearray(10)", "bytearray([1, 2]) == b'\\x01\\x02'", "bytes(2) + bytearray(2)", "hash(b'abc') == hash(b'abc')", "sorted(b'cab')", "bytearray(b'abc').extend(b'de')", "bytes.fromhex('  ff 00 ')", "b'\\xff'.hex()", "b'abc'.hex(' ', 2)", "bytearray.fromhex('61')", "b'abc'.count(b'')", "memoryview(b'abc')[0]", "memoryview(b'abc').hex()", "memoryview(bytearray(b'ab')).tolist()", "len(memoryview(b'abcd')[::2])", "bytes(memoryview(b'abcd')[::2])", "b'x'.ljust(3, b'ab')", "b'abc'.removeprefix(b'a')", "int.from_bytes(b'\\x00\\x01', 'big')", "b'a' < 'b'", "b'a' == bytearray(b'a')", "bytearray(b'a') is bytearray(b'a')", "repr(bytearray(b'a\\x00'))", "str(b'abc', 'ascii')", "str(bytearray(b'abc'), 'utf-8')", "b'\\x80'.decode('latin-1')"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
ba = bytearray(b'hello')
ba[0] = 72; ba[1:3] = b'EY'; del ba[-1]; ba += b'!'; ba *= 2; print(ba)
try: ba[0] = 300
except ValueError as e: print(e)
try: ba[0] = b'x'
except TypeError as e: print(e)
ba[::2] = b'12345'; print(ba)
try: ba[::2] = b'1'
except ValueError as e: print(e)
