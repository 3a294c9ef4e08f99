"""Functions to call when the program ends: tspy's own `atexit` module.

`tspy run` calls `_run_exitfuncs()` once `__main__` has finished (normally,
by sys.exit, or after printing an uncaught exception's traceback), if this
module was imported. The functions run last registered first; an exception
in one is reported as CPython reports it ("Exception ignored in atexit
callback") and the others still run.
"""
import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register `func(*args, **kwargs)` to be called at exit; returns `func` (so it works as a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of `func` (compared with ==)."""
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _run_exitfuncs():
    """Call the registered functions, last first, and forget them."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    try:
        print(f'Exception ignored in atexit callback: {func!r}', file=sys.stderr)
        # From the callback's own frame: this module's loop is not part of what CPython shows.
        traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next, file=sys.stderr)
    except BaseException:
        pass


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)
