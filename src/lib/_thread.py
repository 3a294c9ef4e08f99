"""Low-level threading primitives (CPython's `_thread` module).

tspy's own implementation over its `threading` module: as there, a thread
started with start_new_thread() runs to completion before the call returns
(see threading's docstring for what that means for waits). Inside it,
threading.current_thread() is a dummy thread named Dummy-N, as in CPython.
An exception escaping the thread's function is reported as CPython reports
it ("Exception ignored in thread started by: ..." and the traceback on
stderr); SystemExit ends the thread silently.

Not supported (NotImplementedError): interrupt_main.
"""

import sys as _sys
import threading as _threading

__all__ = []

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.Lock
RLock = _threading._RLock
_local = _threading.local
_excepthook = _threading.excepthook
_ExceptHookArgs = _threading.ExceptHookArgs

get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size


def allocate_lock():
    """Create a new lock object (unlocked)."""
    return LockType()


allocate = allocate_lock


def _report_unraisable(function):
    import traceback
    exc = _sys.exc_info()[1]
    err = _sys.stderr
    if err is None:
        return
    err.write("Exception ignored in thread started by: %r\n" % (function,))
    # CPython calls the function from C: the traceback starts in the function
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _StartedThread._bootstrap_inner.__code__:
        tb = tb.tb_next
    err.write(''.join(traceback.format_exception(type(exc), exc, tb)))
    err.flush()


class _StartedThread(_threading._DummyThread):
    """The Thread object that stands for a thread of start_new_thread()."""

    def __init__(self, function, args, kwargs):
        _threading.Thread.__init__(self, name=_threading._newname("Dummy-%d"), daemon=True)
        self._function = function
        self._fargs = args
        self._fkwargs = kwargs

    def _bootstrap_inner(self):
        function = self._function
        try:
            function(*self._fargs, **self._fkwargs)
        except SystemExit:
            pass
        except BaseException:
            _report_unraisable(function)
        finally:
            self._fargs = self._fkwargs = None


def start_new_thread(function, args, kwargs=None):
    """Start a thread that calls function(*args, **kwargs) and return its
    identifier; the thread ends when the function returns."""
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    thread = _StartedThread(function, args, kwargs or {})
    thread.start()
    return thread._ident


start_new = start_new_thread


def exit():
    """Exit the current thread (raise SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Not supported by tspy (needs a second thread of control)."""
    raise NotImplementedError("_thread.interrupt_main is not supported by tspy")


def _count():
    """The number of threads started by this module that are still running."""
    return sum(1 for t in _threading._running if isinstance(t, _StartedThread))
