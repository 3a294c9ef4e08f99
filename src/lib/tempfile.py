"""Temporary files and directories: tspy's own `tempfile` module.

Names are made as CPython makes them (prefix 'tmp' + 8 random characters
from [a-z0-9_] + suffix, in gettempdir()), files are created with O_EXCL so
that two programs never get the same one, and the context managers remove
what they created.
"""
import errno as _errno
import io as _io
import os as _os
import random as _random
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_tempdirs():
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.getenv(env)
        if d:
            yield d
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    yield _os.getcwd()


def gettempdir():
    """The directory temporary files go to: $TMPDIR, $TEMP, $TMP, then /tmp, ... (the first writable one)."""
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdirs():
            d = _os.path.abspath(d)
            if _os.path.isdir(d) and _os.access(d, _os.W_OK):
                tempdir = d
                break
        else:
            raise FileNotFoundError(_errno.ENOENT, 'No usable temporary directory found in %s' % list(_candidate_tempdirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file only this call can have opened; returns (fd, absolute path)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory only this call can have made; returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another program may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object that knows its name and removes the file when closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object>'


def _open_fd(fd, name, mode, buffering, encoding, newline, errors):
    if 'b' in mode:
        return _io.open(fd, mode, buffering=buffering)
    return _io.open(fd, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed on close unless delete=False."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _open_fd(fd, name, mode, buffering, encoding, newline, errors)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An anonymous temporary file (removed as soon as it is created, as on POSIX)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        return _open_fd(fd, name, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.close(fd)
        raise


def SpooledTemporaryFile(max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                         suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file (tspy writes it to disk from the start)."""
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A directory removed, with everything in it, when the context ends (or on cleanup())."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
