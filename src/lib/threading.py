"""Thread objects and synchronisation primitives (CPython 3.11 API).

tspy's own implementation for a single-threaded interpreter. ``Thread.start()``
runs the thread's ``run()`` (its target) to completion before returning: the
program behaves as under a schedule in which each thread, once started, runs
alone until it ends. Consequences:

* ``join()`` returns at once for a finished thread; ``is_alive()`` is true only
  while the thread's own code runs (for example, for ``current_thread()``).
* An exception escaping a thread's ``run()`` goes to ``threading.excepthook``,
  which by default prints ``Exception in thread NAME:`` and the traceback to
  sys.stderr as CPython does; the program continues. SystemExit is ignored.
* A wait that no other thread could ever end (acquiring a lock already held
  with no timeout, ``Event.wait()`` / ``Condition.wait()`` / ``Semaphore.acquire()``
  without a timeout, joining a thread that is still running) would hang
  forever: it raises RuntimeError instead. With a timeout, the call sleeps
  that long and reports the timeout (False), as CPython would when no other
  thread intervenes. Non-blocking calls behave exactly as in CPython.

Supported: Thread (target, args, kwargs, name, daemon; start, run, join,
is_alive, name, ident, native_id, daemon), current_thread, main_thread,
active_count, enumerate, get_ident, get_native_id, Lock, RLock, Condition,
Semaphore, BoundedSemaphore, Event, Timer (runs at start(), after its interval,
unless cancelled), local, excepthook, ExceptHookArgs, TIMEOUT_MAX,
stack_size() (query only).

Not supported (NotImplementedError): Barrier, settrace, setprofile,
stack_size(size) with a size.
"""

import os as _os
import sys as _sys
import time as _time
from collections import namedtuple as _namedtuple
from itertools import count as _count

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_MAIN_IDENT = 1
_next_ident = _count(_MAIN_IDENT + 1).__next__
_counter = _count(1).__next__

# The threads whose code is running, innermost last (main thread first).
_running = []


def _forever(what):
    raise RuntimeError(
        f"{what} would wait forever: tspy runs each thread to completion "
        "when it starts, so no other thread can end the wait")


def _timed_wait(timeout, what):
    """Sleep out a wait that no thread can end; return False (timed out)."""
    if timeout is None:
        _forever(what)
    if timeout < 0:
        timeout = 0
    if timeout:
        _time.sleep(timeout)
    return False


def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return _running[-1]._ident


def get_native_id():
    """Return the native integral thread ID of the current thread."""
    return _running[-1]._ident


def current_thread():
    """Return the Thread object of the caller's thread of control."""
    return _running[-1]


def main_thread():
    """Return the main thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    return len(_running)


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return list(_running)


def settrace(func):
    raise NotImplementedError("threading.settrace is not supported by tspy")


def setprofile(func):
    raise NotImplementedError("threading.setprofile is not supported by tspy")


def stack_size(size=0):
    """Return the thread stack size (0: the default); setting it is not supported."""
    if size != 0:
        raise NotImplementedError("threading.stack_size(size) is not supported by tspy")
    return 0


# --- locks -------------------------------------------------------------------

def _check_acquire_args(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class Lock:
    """A primitive lock: acquire() when unlocked locks it; any thread may release()."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Lock it and return True; if already locked, return False (non-blocking
        or after the timeout), or raise RuntimeError for a wait forever."""
        _check_acquire_args(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _timed_wait(None if timeout == -1 else timeout, "acquiring a held lock")

    acquire_lock = acquire

    def release(self):
        """Unlock it; RuntimeError if it is not locked."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        """Return whether the lock is held."""
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s %s.%s object at %s>" % (
            "locked" if self._locked else "unlocked",
            "_thread", "lock", hex(id(self)))


class _RLock:
    """A reentrant lock: the owning thread may acquire it again; each acquire
    needs a release by that thread."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_acquire_args(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        return _timed_wait(None if timeout == -1 else timeout,
                           "acquiring an RLock held by another thread")

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._owner is not None else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            self._owner, self._count, hex(id(self)))


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (default: a new RLock). With one thread
    running at a time, no other thread can notify a waiter: wait() times out
    (returns False after sleeping) or, without a timeout, raises RuntimeError."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until the timeout (see the class docstring)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _forever("Condition.wait() without a timeout")
        if hasattr(self._lock, '_release_save'):
            state = self._lock._release_save()
            try:
                return _timed_wait(timeout, "Condition.wait()")
            finally:
                self._lock._acquire_restore(state)
        self._lock.release()
        try:
            return _timed_wait(timeout, "Condition.wait()")
        finally:
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        """Wait until the predicate is true; return its last value."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiting threads (there are none in tspy)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        """Wake up all waiting threads (there are none in tspy)."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter: acquire() decrements it when positive, release() increments it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement and return True when positive; otherwise False (non-blocking
        or after the timeout), or RuntimeError for a wait forever."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _timed_wait(timeout, "Semaphore.acquire() at zero")

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose release() may not raise the value above the initial one."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag: set() makes wait() return True at once."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Set the internal flag to true."""
        self._flag = True

    def clear(self):
        """Reset the internal flag to false."""
        self._flag = False

    def wait(self, timeout=None):
        """Return True if the flag is set; otherwise sleep out the timeout and
        return False (RuntimeError without a timeout)."""
        if self._flag:
            return True
        return _timed_wait(timeout, "Event.wait() on an unset event")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Not supported by tspy."""

    def __init__(self, parties, action=None, timeout=None):
        raise NotImplementedError("threading.Barrier is not supported by tspy")


# --- threads -----------------------------------------------------------------

ExceptHookArgs = _namedtuple('ExceptHookArgs',
                             'exc_type exc_value exc_traceback thread')
ExceptHookArgs.__module__ = 'threading'


def excepthook(args, /):
    """Print "Exception in thread NAME:" and the traceback to sys.stderr
    (SystemExit is ignored silently)."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _newname(name_template):
    return name_template % _counter()


class Thread:
    """A thread of control; start() runs run() (by default the target) to
    completion before returning."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run it to completion now (see the module docstring)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._ident = _next_ident()
        self._started.set()
        _running.append(self)
        try:
            self._bootstrap_inner()
        finally:
            _running.remove(self)
            self._is_stopped = True

    def _bootstrap_inner(self):
        try:
            self.run()
        except:
            self._invoke_excepthook(self)

    def run(self):
        """The thread's activity: call the target with args and kwargs."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread terminates (it already has, unless it is one
        of the threads whose code is running now)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self.is_alive():
            _timed_wait(timeout, "joining a thread that is still running")

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    def is_alive(self):
        """Return whether the thread is alive (its code is running)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


def _make_invoke_excepthook():
    def invoke_excepthook(thread):
        # The module's excepthook at call time (a program may replace it).
        hook = excepthook
        exc_type, exc_value, exc_tb = _sys.exc_info()
        try:
            hook(ExceptHookArgs(exc_type, exc_value, exc_tb, thread))
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            _sys.excepthook(*_sys.exc_info())
        finally:
            exc_type = exc_value = exc_tb = None
    return invoke_excepthook


class Timer(Thread):
    """Call a function after a specified number of seconds:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()   # sleeps 30 seconds, then calls f (unless cancelled)
        t.cancel()  # before start(): f is never called
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _MAIN_IDENT


class _DummyThread(Thread):
    pass


# --- thread-local data ---------------------------------------------------------

class local:
    """Thread-local data: each thread sees its own attributes. A subclass's
    __init__ runs again, with the constructor's arguments, the first time
    another thread uses the object."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        d = {}
        object.__setattr__(self, '_local__impl', ({get_ident(): d}, args, kw))
        object.__setattr__(self, '__dict__', d)
        return self

    def __getattribute__(self, name):
        _local_patch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        _local_patch(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        _local_patch(self)
        return object.__delattr__(self, name)


def _local_patch(self):
    dicts, args, kw = object.__getattribute__(self, '_local__impl')
    key = get_ident()
    d = dicts.get(key)
    if d is not None:
        object.__setattr__(self, '__dict__', d)
        return
    d = {}
    dicts[key] = d
    object.__setattr__(self, '__dict__', d)
    cls = type(self)
    if cls.__init__ is not object.__init__:
        cls.__init__(self, *args, **kw)


_main_thread = _MainThread()
_running.append(_main_thread)
