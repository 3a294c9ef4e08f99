# Text files: encoding/errors, newline modes, tell/seek cookies, '+' and 'a' positions, UnsupportedOperation.
import os, tempfile
_tmp = tempfile.TemporaryDirectory()
os.chdir(_tmp.name)
import os, sys
fn = "tmp_io_test.txt"
with open(fn, 'w') as f:
    print(f, f.name, f.mode, f.closed, f.encoding, f.writable(), f.readable())
    n = f.write('line1\nline2\n'); print(n)
    f.writelines(['a\n', 'b'])
print(f.closed)
with open(fn) as f:
    print(f.readline(), end=''); print(repr(f.read(3))); print(f.tell()); print(f.readlines())
    f.seek(0); print([l.rstrip() for l in f])
with open(fn, 'a+') as f:
    f.write('\nappended'); f.seek(0); print(repr(f.read()))
with open(fn, 'rb') as f:
    b = f.read(); print(b, type(b), f.mode)
with open(fn, 'r+') as f:
    f.seek(2); f.write('XX'); f.seek(0); print(f.read(8))
try: open('/nonexistent/file.txt')
except FileNotFoundError as e: print(e, e.errno, e.strerror, e.filename)
try: open(fn, 'rw')
except ValueError as e: print(e)
try: open(fn, 'x')
except FileExistsError as e: print(e)
try:
    with open(fn) as f: f.write('x')
except Exception as e: print(type(e).__name__, e)
try:
    f = open(fn); f.close(); f.read()
except ValueError as e: print(e)
with open(fn, 'w', encoding='utf-8') as f: f.write('héllo ✓\n')
with open(fn, encoding='latin-1') as f: print(repr(f.read()))
with open(fn, 'rb') as f: print(f.read())
try:
    with open(fn, encoding='ascii') as f: f.read()
except UnicodeDecodeError as e: print(e)
with open(fn, encoding='ascii', errors='replace') as f: print(repr(f.read()))
with open(fn, 'w', newline='') as f: f.write('a\r\nb\n')
with open(fn, 'rb') as f: print(f.read())
with open(fn) as f: print(repr(f.read()))
with open(fn, newline='') as f: print(repr(f.read()))
print(os.path.exists(fn), os.path.getsize(fn)); os.remove(fn); print(os.path.exists(fn))



import io
fn = "tmp_io2.txt"
with open(fn, 'w') as f:
    for i in range(5): print('line', i, file=f)
    print(f.tell())
with open(fn) as f:
    print(f.tell(), f.readline(), f.tell())
    pos = f.tell(); rest = f.read(); f.seek(pos); print(f.read() == rest)
    try: f.seek(3, 1)
    except io.UnsupportedOperation as e: print(e)
    try: f.seek(-1)
    except ValueError as e: print(e)
    print(f.seek(0, 2), f.read(), f.seek(0), f.read(4))
with open(fn, 'w+') as f:
    f.write('hello\nwörld\n'); print(f.tell()); f.seek(0); print(repr(f.readline()), f.tell(), repr(f.read()))
    f.seek(0); f.write('HE'); f.seek(0); print(repr(f.read()))
with open(fn, 'a') as f:
    print(f.tell()); f.write('more\n'); print(f.tell())
with open(fn, 'a+') as f:
    print(repr(f.read())); f.seek(0); print(repr(f.readline()))
    f.write('end\n'); print(repr(f.read())); f.seek(0); print(f.read().count('\n'))
with open(fn, 'wb') as f: f.write(b'a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, newline=nl) as f:
        print(repr(nl), f.readlines(), end=' ')
    with open(fn, newline=nl) as f:
        print(repr(f.read()), [f.seek(0), f.readline(), f.tell()])
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, 'w', newline=nl) as f: f.write('x\ny\r\n')
    with open(fn, 'rb') as f: print(repr(nl), f.read())
try: open(fn, newline='x')
except ValueError as e: print(e)
try: open(fn, encoding='bogus-enc')
except LookupError as e: print(e)
with open(fn, 'w', encoding='utf-16') as f: f.write('hi')
with open(fn, 'rb') as f: print(f.read())
with open(fn, encoding='utf-16') as f: print(f.read(), f.encoding, f.errors)
with open(fn, 'w', encoding='ascii', errors='xmlcharrefreplace') as f: f.write('é€')
with open(fn) as f: print(f.read())
try:
    with open(fn, 'w', encoding='ascii') as f: f.write('é')
except UnicodeEncodeError as e: print(e)
with open(fn, 'w') as f:
    try: f.read()
    except io.UnsupportedOperation as e: print('unsupported', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(fn, 'w') as f: f.write('a\nb\nc')
with open(fn) as f:
    for i, line in enumerate(f): print(i, repr(line))
with open(fn) as f: print(list(f), f.readline() == '')
with open(fn, 'r', encoding='latin-1') as f: print(f, f.encoding)
os.remove(fn)
os.chdir('/')
_tmp.cleanup()
