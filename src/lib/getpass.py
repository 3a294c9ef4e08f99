"""tspy's own `getpass`: read a password without echo (on a terminal, by
turning echo off with stty), and getuser()."""
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt, stream, input=None):
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password with echo on, after warning that it may be echoed."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _stty(tty, *args):
    import subprocess
    return subprocess.call(['stty', *args], stdin=tty, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL) == 0


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on the terminal (/dev/tty) and read a line with echo off."""
    try:
        tty = open('/dev/tty', 'r+')
    except OSError:
        tty = None
    if tty is None or not os.isatty(tty.fileno()) or not _stty(tty, '-echo'):
        if tty is not None:
            tty.close()
        password = fallback_getpass(prompt, stream)
        (stream or sys.stderr).write('\n')
        return password
    with tty:
        out = stream or tty
        try:
            return _raw_input(prompt, out, input=tty)
        finally:
            _stty(tty, 'echo')
            out.write('\n')
            out.flush()


getpass = unix_getpass


def getuser():
    """The login name from LOGNAME, USER, LNAME or USERNAME, else the
    password database's name for the user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    try:
        return os.getlogin()
    except Exception as e:
        raise OSError('No username set in the environment') from e
