"""tspy's own `platform`: the host's identity (from os.uname and os.confstr)
and the Python build's (from sys.version), in CPython's formats."""
import collections as _collections
import os as _os
import re as _re
import sys as _sys

__version__ = '1.0.8'

_cache = {}


class uname_result(_collections.namedtuple('uname_result_base', 'system node release version machine')):
    """uname() with a sixth field, processor, computed on first use."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields) - 1} arguments, got {len(result)}')
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    """(system, node, release, version, machine, processor) of this host."""
    if 'uname' not in _cache:
        try:
            u = _os.uname()
            fields = (u.sysname, u.nodename, u.release, u.version, u.machine)
        except AttributeError:
            fields = ('', '', '', '', '')
        _cache['uname'] = uname_result(*fields)
    return _cache['uname']


def system():
    """The OS name, e.g. 'Linux'."""
    return uname().system


def node():
    """The computer's network name."""
    return uname().node


def release():
    """The OS release, e.g. '6.1.0'."""
    return uname().release


def version():
    """The OS version string."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The processor name ('' when the system does not say, as on Linux)."""
    return ''


def architecture(executable=_sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter, e.g. ('64bit', 'ELF')."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    if not linkage and _sys.platform == 'linux':
        linkage = 'ELF'
    return bits, linkage


def _build_fields():
    # sys.version is 'X.Y.Z (branch, date, time) [compiler]'.
    m = _re.match(r'([\w.+]+)\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*\[([^\]]+)\]?', _sys.version)
    if m is None:
        return _sys.version.split()[0], '', '', '', ''
    return m.groups('')


def python_implementation():
    """'CPython': tspy runs CPython 3.11 bytecode with its semantics."""
    return 'CPython'


def python_version():
    """'major.minor.patchlevel' of the language version."""
    v = _sys.version_info
    return '%d.%d.%d' % (v.major, v.minor, v.micro)


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    return tuple(python_version().split('.'))


def python_build():
    """(buildno, builddate) from sys.version."""
    _, buildno, date, time, _ = _build_fields()
    return buildno, date + ' ' + time if time else date


def python_compiler():
    """What built the interpreter, from sys.version's brackets."""
    return _build_fields()[4]


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library, e.g. ('glibc', '2.36')."""
    if executable is None:
        try:
            found = _os.confstr('CS_GNU_LIBC_VERSION')
        except (AttributeError, ValueError, OSError):
            found = None
        if found:
            parts = found.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
    return lib, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """(system, release, version) with marketing names (SunOS -> Solaris)."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        try:
            parts[0] = str(int(parts[0]) - 3)
            release = '.'.join(parts)
        except ValueError:
            pass
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def _platform(*parts):
    text = '-'.join(p.strip() for p in parts if len(p))
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_' if ch == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=0, terse=0):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = ('platform', aliased, terse)
    if key in _cache:
        return _cache[key]
    system, node, release, version, machine, proc = uname()
    if machine == proc:
        proc = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        name, ver = libc_ver()
        result = _platform(system, release, machine, proc, 'with', name + ver)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(_sys.executable)
        result = _platform(system, release, machine, proc, bits, linkage)
    _cache[key] = result
    return result


_OS_RELEASE_LINE = _re.compile("^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
_OS_RELEASE_ESCAPE = _re.compile(r"\\([\\\$\"'`])")
_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")


def freedesktop_os_release():
    """The os-release file as a dict (NAME, ID, PRETTY_NAME, ...)."""
    if 'os_release' not in _cache:
        err = None
        for path in _os_release_candidates:
            try:
                with open(path, encoding='utf-8') as f:
                    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
                    for line in f:
                        m = _OS_RELEASE_LINE.match(line)
                        if m is not None:
                            info[m.group('name')] = _OS_RELEASE_ESCAPE.sub(r'\1', m.group('value'))
                _cache['os_release'] = info
                break
            except OSError as e:
                err = e.errno
        else:
            raise OSError(err, f"Unable to read files {', '.join(_os_release_candidates)}")
    return _cache['os_release'].copy()
