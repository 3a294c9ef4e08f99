"""ThreadPoolExecutor (tspy's own): each call runs, when submitted, in a
threading.Thread named like CPython's first worker."""
import itertools
import os
import threading

from . import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base._SerialExecutor):
    """An executor for calls made in worker threads."""

    _counter = itertools.count().__next__
    _broken_class = BrokenThreadPool

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        super().__init__(max_workers, initializer, initargs)
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())

    def _execute(self, future, fn, args, kwargs):
        worker = threading.Thread(name='%s_0' % self._thread_name_prefix,
                                  target=self._run_item, args=(future, fn, args, kwargs))
        worker.start()
