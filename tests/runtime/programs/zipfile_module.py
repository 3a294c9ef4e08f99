import zipfile, io, os, tempfile
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('a.txt', (2020, 1, 2, 3, 4, 6)), 'hello')
    z.writestr(zipfile.ZipInfo('dir/', (2020, 1, 2, 3, 4, 6)), '')
    zi = zipfile.ZipInfo('s.txt', (2021, 5, 6, 7, 8, 10)); zi.compress_type = zipfile.ZIP_STORED; z.writestr(zi, b'stored')
    zi = zipfile.ZipInfo('deflated.txt', (2022, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, 'abc' * 100)
    zi = zipfile.ZipInfo('ünï.txt', (2022, 1, 1, 0, 0, 0)); z.writestr(zi, 'x', compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    with z.open(zipfile.ZipInfo('streamed.bin', (2023, 2, 3, 4, 5, 6)), 'w') as f: f.write(b'part1'); f.write(b'part2')
    z.mkdir(zipfile.ZipInfo('made/', (2020, 1, 1, 0, 0, 0))) if False else None
    print(repr(z).split(' file=')[0], z.namelist())
print(repr(z), len(b.getvalue()), b.getvalue()[:60])
print(b.getvalue() == b.getvalue(), zipfile.is_zipfile(io.BytesIO(b.getvalue())))
z = zipfile.ZipFile(io.BytesIO(b.getvalue()))
for i in z.infolist(): print(repr(i), i.date_time, i.CRC, i.compress_type, i.file_size, i.compress_size, i.flag_bits, i.external_attr, i.header_offset, i.is_dir())
z.printdir(); print(z.read('a.txt'), z.read('deflated.txt')[:9], z.read('ünï.txt'), z.read('streamed.bin'), z.testzip(), z.comment)
with z.open('a.txt') as f: print(f.read(2), f.read())
print(z.getinfo('s.txt').filename)
for bad in [lambda: z.getinfo('x'), lambda: z.read('nope'), lambda: zipfile.ZipFile(io.BytesIO(b'not a zip')), lambda: zipfile.ZipFile(io.BytesIO(), 'q'), lambda: zipfile.ZipInfo('x', (1979, 1, 1, 0, 0, 0)), lambda: z.writestr('a', 'b')]:
    try: bad()
    except (KeyError, zipfile.BadZipFile, ValueError) as e: print(type(e).__name__, e)
d = tempfile.mkdtemp(); os.chdir(d)
os.makedirs('src/sub'); open('src/one.txt', 'w').write('1' * 50); open('src/sub/two.txt', 'w').write('two')
with zipfile.ZipFile('out.zip', 'w', compression=zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in sorted(os.walk('src')):
        for fn in sorted(files): z.write(os.path.join(root, fn))
    z.write('src/sub', 'subdir')
    z.comment = b'made by test'
print(zipfile.is_zipfile('out.zip'), zipfile.is_zipfile('src/one.txt'))
with zipfile.ZipFile('out.zip') as z:
    print(z.namelist(), [(i.filename, i.file_size, i.compress_size, oct(i.external_attr >> 16)) for i in z.infolist()], z.comment)
    z.extractall('dest'); print(sorted(os.path.relpath(os.path.join(r, f), 'dest') for r, _, fs in os.walk('dest') for f in fs), open('dest/src/sub/two.txt').read())
    print(z.extract('src/one.txt', 'single') == os.path.join('single', 'src', 'one.txt'))
with zipfile.ZipFile('out.zip', 'a') as z: z.writestr(zipfile.ZipInfo('added.txt', (2024, 1, 1, 0, 0, 0)), 'new')
with zipfile.ZipFile('out.zip') as z: print(z.namelist(), z.read('added.txt'), z.read('src/one.txt')[:5])
import shutil; os.chdir('/'); shutil.rmtree(d)
