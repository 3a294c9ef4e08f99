import io
import os
for m in ['wb', 'rb', 'ab', 'xb', 'r+b', 'w+b', 'a+b', 'x+b']:
    if 'x' in m and os.path.exists('_binary_files_q.tmp'):
        os.remove('_binary_files_q.tmp')
    f = open('_binary_files_q.tmp', m)
    print(m, type(f).__name__, f.mode, repr(f))
    f.close()
f = open('_binary_files_q.tmp', 'wb', buffering=0)
print(type(f).__name__, f.mode, repr(f))
f.close()
f = open('_binary_files_q.tmp', 'rb')
try:
    f.write(b'x')
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f = open('_binary_files_q.tmp', 'wb')
try:
    f.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    f.write('str')
except Exception as e:
    print(type(e).__name__, e)
print(f.write(bytearray(b'ab\n')), f.write(b'cd\nef'), f.tell())
f.close()
try:
    f.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
with open('_binary_files_q.tmp', 'rb') as f:
    print(f.read(1), f.read(), f.read(), f.tell(), f.seek(0), f.readline(), list(f), f.seek(-2, 2), f.read(), f.seek(1), f.readlines())
with open('_binary_files_q.tmp', 'r+b') as f:
    f.seek(1)
    f.write(b'ZZ')
    f.seek(0)
    print(f.read())
with open('_binary_files_q.tmp', 'ab') as f:
    f.write(b'!!')
    print(f.tell())
print(open('_binary_files_q.tmp', 'rb').read())
data = bytes(range(256)) * 3
with open('_binary_files_q.tmp', 'wb') as f:
    f.write(data)
with open('_binary_files_q.tmp', 'rb') as f:
    back = f.read()
print(back == data, len(back), os.path.getsize('_binary_files_q.tmp'))
try:
    open('_binary_files_q.tmp', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
with open('_binary_files_q.tmp', 'w') as f:
    f.write('héllo\nwörld\n')
with open('_binary_files_q.tmp', 'rb') as f:
    print(f.read())
with open('_binary_files_q.tmp', 'rb') as f:
    print(f.read().decode('utf-8').splitlines())
os.remove('_binary_files_q.tmp')
f = open('_binary_files_z.tmp', 'wb')
f.close()
for op in ['read', 'readline', 'seek', 'tell', 'fileno', 'flush', 'readable', 'write']:
    try:
        getattr(f, op)(0) if op in ('seek',) else getattr(f, op)(b'') if op == 'write' else getattr(f, op)()
        print(op, 'ok')
    except Exception as e:
        print(op, type(e).__name__, e)
os.remove('_binary_files_z.tmp')
