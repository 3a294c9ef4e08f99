"""tspy's own `grp`: the group database, read from /etc/group."""
from _tspy_structseq import make_structseq as _make

__all__ = ['getgrall', 'getgrgid', 'getgrnam', 'struct_group']

struct_group = _make('grp', 'struct_group', ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'])


def getgrall():
    """All entries of the group database, in file order."""
    entries = []
    try:
        with open('/etc/group', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                parts = line.rstrip('\n').split(':')
                if len(parts) != 4 or line.startswith(('#', '+', '-')):
                    continue
                try:
                    gid = int(parts[2])
                except ValueError:
                    continue
                members = [m for m in parts[3].split(',') if m]
                entries.append(struct_group((parts[0], parts[1], gid, members)))
    except OSError:
        pass
    return entries


def getgrgid(id, /):
    """The entry for group id (KeyError if there is none)."""
    if not isinstance(id, int):
        raise TypeError('gid should be integer, not %s' % type(id).__name__)
    for entry in getgrall():
        if entry.gr_gid == id:
            return entry
    if id < 0:
        raise KeyError('getgrgid(): gid not found')
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name, /):
    """The entry for group name (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    for entry in getgrall():
        if entry.gr_name == name:
            return entry
    raise KeyError('getgrnam(): name not found: %r' % name)
