"""Object-oriented filesystem paths: tspy's own `pathlib` (POSIX paths).

PurePosixPath does the path arithmetic (parts, name, suffix, parents,
joining with /, relative_to, match); Path/PosixPath add the filesystem
operations on top of the os module. Windows paths are not available on
this system, as in CPython on POSIX: instantiating them raises.
"""
import fnmatch
import io
import os
import posixpath
import re
import sys
from errno import ENOENT, EEXIST
from stat import S_ISDIR, S_ISREG, S_ISLNK

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse_parts(args):
    """(root, parts without the root) of the joined arguments, POSIX rules."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if isinstance(a, bytes):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not 'bytes'")
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r' % type(a).__name__)
        if a.startswith('/'):
            # An absolute argument restarts the path; exactly two leading slashes are kept (POSIX).
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts = []
        for x in a.split('/'):
            if x and x != '.':
                parts.append(x)
    return root, parts


class _PathParents:
    """The sequence of a path's logical ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from(self._path._root, self._path._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path without filesystem access. PurePath(...) makes a PurePosixPath here."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse_parts(args)
        self._str = None
        self._hash = None
        return self

    def __init__(self, *args):
        pass

    def _from(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        new._hash = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
        return 'file://' + ''.join(chr(b) if b in safe else '%%%02X' % b for b in os.fsencode(str(self)))

    @property
    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key == other._key

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp(self, other):
        return None if isinstance(other, PurePath) else NotImplemented

    def __lt__(self, other):
        if self._cmp(other) is NotImplemented:
            return NotImplemented
        return self._sortkey() < other._sortkey()

    def __le__(self, other):
        if self._cmp(other) is NotImplemented:
            return NotImplemented
        return self._sortkey() <= other._sortkey()

    def __gt__(self, other):
        if self._cmp(other) is NotImplemented:
            return NotImplemented
        return self._sortkey() > other._sortkey()

    def __ge__(self, other):
        if self._cmp(other) is NotImplemented:
            return NotImplemented
        return self._sortkey() >= other._sortkey()

    def _sortkey(self):
        return ([self._root] if self._root else []) + self._parts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _parse_parts(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = (root + '/'.join(parts)) or '.'
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.'.format(str(self), formatted))
        return self._from('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._from(*_parse_parts((self,) + args))

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from(*_parse_parts((key, self)))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Does the path match the glob-style pattern (matched from the right, or whole if absolute)?"""
        root, pat_parts = _parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError('empty pattern')
        if root:
            if self._root != root or len(pat_parts) != len(self._parts):
                return False
        elif len(pat_parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""
    _flavour = 'posix'
    __slots__ = ()


PurePath._flavour = 'posix'


class PureWindowsPath(PurePath):
    """Windows paths are not supported by tspy."""
    _flavour = 'windows'
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported by tspy')


class Path(PurePath):
    """A path with filesystem access. Path(...) makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse_parts(args)
        self._str = None
        self._hash = None
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        s = os.path.realpath(str(self))
        if strict and not os.path.exists(s):
            raise FileNotFoundError(ENOENT, 'No such file or directory', str(self))
        return type(self)(s)

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            expanded = os.path.expanduser(self._parts[0])
            if expanded.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            return type(self)(expanded, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except OSError:
            return False
        return True

    def is_dir(self):
        try:
            return S_ISDIR(self.stat().st_mode)
        except OSError:
            return False

    def is_file(self):
        try:
            return S_ISREG(self.stat().st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return S_ISLNK(self.lstat().st_mode)
        except OSError:
            return False

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def _walk_glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            for d in self._all_dirs():
                yield from d._walk_glob(rest)
            return
        if not re.search(r'[*?\[]', head):
            child = self / head
            if rest:
                if child.is_dir():
                    yield from child._walk_glob(rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = sorted(os.listdir(self))
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not head.startswith('.'):
                continue
            if fnmatch.fnmatchcase(name, head):
                child = self / name
                if rest:
                    if child.is_dir():
                        yield from child._walk_glob(rest)
                else:
                    yield child

    def _all_dirs(self):
        yield self
        try:
            names = sorted(os.listdir(self))
        except OSError:
            return
        for name in names:
            if name.startswith('.'):
                continue
            child = self / name
            if child.is_dir() and not child.is_symlink():
                yield from child._all_dirs()

    def glob(self, pattern):
        """The existing paths under this one matching `pattern` ('**' matches any depth of directories)."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        root, parts = _parse_parts((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        seen = set()
        for p in self._walk_glob(parts):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8' if encoding is None else encoding
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(EEXIST, 'File exists', str(self))
            if hasattr(os, 'utime'):
                os.utime(self)
            return
        with open(self, 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def owner(self):
        raise NotImplementedError('Path.owner() is not supported by tspy')

    def group(self):
        raise NotImplementedError('Path.group() is not supported by tspy')


class PosixPath(Path, PurePosixPath):
    """A filesystem path on POSIX."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
