import os, os.path, sys
import posixpath
print(os.path is posixpath, sys.modules['os.path'] is os.path, os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
j = os.path.join
print(j('a', 'b', 'c'), j('/a', '/b', 'c'), j('a/', 'b'), j('', 'x'), j('a', ''), j(b'a', b'b'))
for p in ['/a/b/c.txt', 'a/b/', '/', '', 'c', '//x//y', 'a.b.c', '.bashrc', 'x/.hidden.tar.gz', '...']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ['', '.', '/..', 'a/../b', '//a', '///a/./b/', 'a/b/../../..', '../x/..', 'a//b']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.splitdrive('/a/b'), os.path.normcase('AbC'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/x']), os.path.commonpath(['a/b', 'a/c']))
home = os.environ.get('HOME')
print(os.path.expanduser('~/x') == home.rstrip('/') + '/x', os.path.expanduser('x~'), os.path.expanduser('~nosuchuser_zz/x'))
os.environ['TSPY_T1'] = 'val'
print(os.path.expandvars('$TSPY_T1/${TSPY_T1}/$NOPE_ZZ'), os.getenv('TSPY_T1'), os.getenv('NOPE_ZZ'), os.getenv('NOPE_ZZ', 'd'))
print('TSPY_T1' in os.environ, os.environ['TSPY_T1'], os.environ.get('NOPE_ZZ', 5))
del os.environ['TSPY_T1']
print('TSPY_T1' in os.environ, os.environ.pop('NOPE_ZZ', 'gone'), os.environ.setdefault('TSPY_T2', 'sd'), os.environ['TSPY_T2'])
try:
    os.environ['NOPE_ZZ']
except KeyError as e:
    print('KeyError', e)
print(isinstance(dict(os.environ), dict), len(os.environ) > 0, 'TSPY_T2' in list(os.environ), 'TSPY_T2' in os.environ.keys())

base = '/tmp/tspy_os_test_%d' % os.getpid()
os.makedirs(base + '/a/b/c')
os.makedirs(base + '/a/b', exist_ok=True)
try:
    os.makedirs(base + '/a/b')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base + '/a/b')
os.chdir(base)
print(os.getcwd() == base, os.path.abspath('x/../y') == base + '/y', os.path.realpath('.') == os.path.realpath(base))
with open('a/f.txt', 'w') as f:
    f.write('hello')
with open('a/b/g.py', 'w') as f:
    f.write('x = 1\n')
print(sorted(os.listdir('.')), sorted(os.listdir('a')), sorted(os.listdir(b'a')))
print(os.path.exists('a/f.txt'), os.path.isfile('a/f.txt'), os.path.isdir('a/f.txt'), os.path.isdir('a'), os.path.exists('zz'), os.path.getsize('a/f.txt'))
st = os.stat('a/f.txt')
print(st.st_size, st[6], len(st), type(st).__name__, isinstance(st.st_mtime, float), isinstance(st[8], int), abs(st.st_mtime - os.path.getmtime('a/f.txt')) < 1)
print(os.access('a/f.txt', os.R_OK), os.access('zz', os.F_OK))
for top, dirs, files in os.walk('.'):
    dirs.sort()
    print(top, dirs, sorted(files))
for top, dirs, files in os.walk('.', topdown=False):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk('.'):
    dirs[:] = [d for d in dirs if d != 'b']
    print('pruned', top, dirs)
with os.scandir('a') as it:
    ents = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in ents], repr(ents[0]))
print(ents[1].stat().st_size, os.fspath(ents[1]))
os.rename('a/f.txt', 'a/h.txt')
print(sorted(os.listdir('a')))
for f, args in [(os.remove, ('nope',)), (os.rmdir, ('a',)), (os.mkdir, ('a',)), (os.listdir, ('nope',)),
                (os.rename, ('nope', 'x')), (os.stat, ('nope',)), (os.chdir, ('nope',)), (os.path.getsize, ('nope',)),
                (os.remove, ('a',)), (os.listdir, ('a/h.txt',))]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
for f, args in [(os.listdir, (1.5,)), (os.stat, (None,)), (os.path.join, ('a', 1)), (os.path.join, ('a', b'b')), (os.path.basename, (3,)), (os.fspath, (3,))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
class P:
    def __fspath__(self):
        return 'a/h.txt'
print(os.fspath(P()), os.fspath('s'), os.fspath(b'b'), os.path.exists(P()), os.path.join(P(), 'x'))
os.unlink('a/h.txt')
os.remove('a/b/g.py')
os.removedirs('a/b/c')
print(os.listdir('.'), os.path.exists('a'))
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
print(type(os.getpid()) is int, os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(2)).__name__)
print(os.strerror(2), os.strerror(13), os.strerror(39))
print(os.error is OSError, os.path.sep, os.fsencode('x'), os.fsdecode(b'y'))
import collections.abc
print(isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environ, collections.abc.Mapping))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
print(sorted(e.path for e in os.scandir() if e.name.startswith('os_module')))
print(sorted(e.path for e in os.scandir('.') if e.name.startswith('os_module')))
print(os.path.join('a'), os.path.join('a', '/b', 'c/'), type(os.stat_result).__name__)
class FP:
    def __fspath__(self):
        return '/x'
print(isinstance(FP(), os.PathLike), isinstance('s', os.PathLike), issubclass(FP, os.PathLike), os.PathLike.__module__, os.PathLike[str])
print(isinstance(next(iter(os.scandir('.'))), os.PathLike))
try:
    os.nonexistent_attr
except AttributeError as e:
    print(e)
fn = '/tmp/tspy_os_fd_%d.bin' % os.getpid()
fd = os.open(fn, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd) is int, os.write(fd, b'hello fd'))
os.close(fd)
fd = os.open(fn, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
os.remove(fn)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
print(os.isatty(987), os.terminal_size((80, 24)))
