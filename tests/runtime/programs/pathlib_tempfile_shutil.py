import os
import shutil
import tempfile
from pathlib import Path, PurePath, PurePosixPath as P

p = P('/usr//local/./lib/../bin/')
print(repr(p), p.parts, p.name, p.suffix, p.stem, p.parent, list(p.parents), p.anchor, p.root)
for a, b in [('a/b', 'c'), ('/a/b', '/x/y'), ('/a/b/c', '/a')]:
    try:
        print(P(a).relative_to(b))
    except ValueError as e:
        print('ValueError', e)
for bad in ['x', '.', 'a/b']:
    try:
        P('a').with_suffix(bad)
    except ValueError as e:
        print(e)
try:
    P('/').with_name('x')
except ValueError as e:
    print(e)
print(P('a.tar.gz').suffixes, P('a.tar.gz').with_suffix('.zip'), P('.bashrc').suffix, P('.bashrc').stem, P('//x/y'), P('///x'), P(''), P('a') / 'b' / P('/c'))
print(P('a/b.py').match('*.py'), P('/a/b/c.py').match('b/*.py'), P('a/b').match('/a/b'), P('/a/b').match('/a/*'))
print(sorted([P('b'), P('a/c'), P('a')]), P('a') == P('a/'), hash(P('a')) == hash(P('a')), P('a') == 'a')
print(P('x/y').is_absolute(), P('/x y').as_uri(), str(P('~')), P('a', 'b', 'c'), PurePath('q'), repr(PurePath('q')))
print(P('a/b').with_name('c.txt'), P('a/b.txt').with_stem('z'), 'a' / P('b'), P('/a/b').is_relative_to('/a'), P('a').joinpath('b', 'c'))
print(os.fspath(P('a/b')), P('a/b').as_posix(), bytes(P('a')), P('a/b').parents[0], P('a/b').parents[-1], len(P('/a/b/c').parents))

with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    print(type(base).__name__, base.exists(), base.is_dir(), base.is_file())
    (base / 'sub' / 'deep').mkdir(parents=True)
    f = base / 'sub' / 'notes.txt'
    print(f.write_text('line one\nline two\n'), f.read_text().splitlines())
    (base / 'data.bin').write_bytes(bytes([1, 2, 3, 250]))
    print((base / 'data.bin').read_bytes(), (base / 'data.bin').stat().st_size)
    (base / 'sub' / 'deep' / 'x.py').write_text('print(1)\n')
    (base / 'top.py').touch()
    print(sorted(p.relative_to(base).as_posix() for p in base.iterdir()))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob('*.py')))
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob('*.py')))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob('**/*.txt')))
    try:
        (base / 'sub').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    (base / 'sub').mkdir(exist_ok=True)
    moved = f.rename(base / 'moved.txt')
    print(moved.name, f.exists(), moved.exists())
    shutil.copy(moved, base / 'copy.txt')
    print((base / 'copy.txt').read_text() == moved.read_text())
    shutil.copytree(base / 'sub', base / 'sub2')
    print(sorted(p.relative_to(base).as_posix() for p in (base / 'sub2').rglob('*')))
    shutil.rmtree(base / 'sub2')
    print((base / 'sub2').exists())
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror)
    print(Path(d).resolve() == base.resolve(), base.absolute().is_absolute())
    with open(base / 'top.py', 'w') as fh:
        fh.write('x = 1\n')
    with (base / 'top.py').open() as fh:
        print(fh.read())
print(os.path.exists(d))

with tempfile.NamedTemporaryFile('w+', suffix='.txt', delete=True) as tf:
    tf.write('temp data')
    tf.seek(0)
    print(tf.read(), tf.name.endswith('.txt'), os.path.exists(tf.name))
    name = tf.name
print(os.path.exists(name))
fd, path = tempfile.mkstemp(prefix='pre_', suffix='.dat')
os.write(fd, b'raw')
os.close(fd)
print(os.path.basename(path).startswith('pre_'), open(path, 'rb').read())
os.remove(path)
dd = tempfile.mkdtemp()
print(os.path.isdir(dd), tempfile.gettempdir() == os.path.dirname(dd))
os.rmdir(dd)
with tempfile.TemporaryFile() as tfile:
    tfile.write(b'abc')
    tfile.seek(0)
    print(tfile.read())
print(shutil.which('sh') is not None, shutil.which('no-such-command-xyz'))
