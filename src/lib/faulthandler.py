"""tspy's own `faulthandler`: tspy never crashes on a fault the way C code
can, so enabling only records the setting; dump_traceback prints the
current Python stack in faulthandler's format."""
import sys

_enabled = False
_file = None


def enable(file=None, all_threads=True):
    """Enable the fault handler (records the setting)."""
    global _enabled, _file
    if file is None:
        file = sys.stderr
    file.fileno()
    _enabled = True
    _file = file


def disable():
    """Disable the fault handler."""
    global _enabled
    _enabled = False


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread into file."""
    if file is None:
        file = sys.stderr
    frame = sys._getframe(1)
    lines = ['Current thread 0x%016x (most recent call first):\n' % 0 if all_threads else 'Stack (most recent call first):\n']
    while frame is not None:
        lines.append('  File "%s", line %d in %s\n' % (frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    file.write(''.join(lines))
    file.flush()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    raise NotImplementedError("faulthandler.dump_traceback_later is not supported by tspy")


def cancel_dump_traceback_later():
    pass


def register(signum, file=None, all_threads=True, chain=False):
    raise NotImplementedError("faulthandler.register is not supported by tspy")


def unregister(signum):
    return False
