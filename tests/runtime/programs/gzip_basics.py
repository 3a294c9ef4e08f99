import gzip
import os
import tempfile
data = b'gzip me ' * 100
c = gzip.compress(data, mtime=0)
print(len(c), c[:10], gzip.decompress(c) == data)
print(gzip.compress(b'abc', mtime=0) == gzip.compress(b'abc', mtime=0), gzip.decompress(gzip.compress(b'') + gzip.compress(b'xy')))
try:
    gzip.decompress(b'not gzip')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt.gz')
    with gzip.open(p, 'wt') as f:
        f.write('line 1\nline 2\n')
    with gzip.open(p, 'rt') as f:
        print(f.read().splitlines())
    with gzip.open(p, 'rb') as f:
        print(f.read())
    with gzip.open(p, 'wb') as f:
        f.write(data)
    with open(p, 'rb') as raw:
        head = raw.read(10)
    print(head[:4], gzip.decompress(open(p, 'rb').read()) == data)
