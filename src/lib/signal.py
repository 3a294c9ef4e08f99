"""tspy's own `signal` (Linux numbering). Handlers are recorded and run when
the program raises a signal itself (raise_signal, os.kill of its own pid
while a Python handler is set); tspy delivers no asynchronous signals, so
alarm(), setitimer() and pause() with a delay raise NotImplementedError."""
import os as _os
import sys as _sys
from enum import IntEnum as _IntEnum

_NAMES = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
    ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12),
    ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17),
    ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22),
    ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27),
    ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
    ('SIGIOT', 6), ('SIGCLD', 17), ('SIGPOLL', 29),
]

Signals = _IntEnum('Signals', _NAMES, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
    15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}
# Signals whose default action is to do nothing.
_IGNORED_BY_DEFAULT = frozenset((17, 18, 23, 28))


class _BuiltinHandler:
    # default_int_handler is a built-in function in CPython (and prints as one).
    __slots__ = ()
    __name__ = __qualname__ = 'default_int_handler'
    __doc__ = "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _BuiltinHandler()


def _as_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN


def signal(signalnum, handler, /):
    """Set the handler for signalnum; return the previous one."""
    if handler not in (SIG_IGN, SIG_DFL) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    signalnum = _check(signalnum)
    if signalnum in (9, 19) or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return _as_enum(old, Handlers) if isinstance(old, int) else old


def getsignal(signalnum, /):
    """The current handler of signalnum."""
    old = _handlers[_check(signalnum)]
    return _as_enum(old, Handlers) if isinstance(old, int) else old


def strsignal(signalnum, /):
    """The system's description of signalnum (None if it has none)."""
    signalnum = _check(signalnum)
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_as_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def _deliver(signalnum):
    handler = _handlers[signalnum]
    if callable(handler):
        handler(_as_enum(signalnum, Signals), _sys._getframe(2))
        return True
    if handler == SIG_IGN or signalnum in _IGNORED_BY_DEFAULT:
        return True
    return False


def raise_signal(signalnum, /):
    """Send signalnum to this process (its handler runs at once)."""
    signalnum = _check(signalnum)
    if not _deliver(signalnum):
        _sys.stdout.flush()
        _os.kill(_os.getpid(), signalnum)


def alarm(seconds, /):
    """Cancel (0) an alarm; tspy cannot deliver one later."""
    if seconds == 0:
        return 0
    raise NotImplementedError("signal.alarm is not supported by tspy (no asynchronous signals)")


def setitimer(which, seconds, interval=0.0, /):
    if seconds == 0:
        return (0.0, 0.0)
    raise NotImplementedError("signal.setitimer is not supported by tspy (no asynchronous signals)")


def getitimer(which, /):
    return (0.0, 0.0)


def pause():
    raise NotImplementedError("signal.pause is not supported by tspy (no asynchronous signals)")


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def pthread_sigmask(how, mask, /):
    return set()


def sigpending():
    return set()


def pthread_kill(thread_id, signalnum, /):
    raise_signal(signalnum)
