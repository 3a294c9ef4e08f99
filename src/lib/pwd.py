"""tspy's own `pwd`: the password database, read from /etc/passwd."""
from _tspy_structseq import make_structseq as _make

__all__ = ['getpwall', 'getpwnam', 'getpwuid', 'struct_passwd']

struct_passwd = _make('pwd', 'struct_passwd',
                      ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'])


def getpwall():
    """All entries of the password database, in file order."""
    entries = []
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                parts = line.rstrip('\n').split(':')
                if len(parts) != 7 or line.startswith(('#', '+', '-')):
                    continue
                try:
                    parts[2] = int(parts[2])
                    parts[3] = int(parts[3])
                except ValueError:
                    continue
                entries.append(struct_passwd(parts))
    except OSError:
        pass
    return entries


def getpwuid(uid, /):
    """The entry for user id uid (KeyError if there is none)."""
    if not isinstance(uid, int):
        raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    for entry in getpwall():
        if entry.pw_uid == uid:
            return entry
    if uid < 0:
        raise KeyError('getpwuid(): uid not found')
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name, /):
    """The entry for user name (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    for entry in getpwall():
        if entry.pw_name == name:
            return entry
    raise KeyError('getpwnam(): name not found: %r' % name)
