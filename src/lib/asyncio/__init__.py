"""tspy's own `asyncio`: an event loop for coroutines, in one thread, without I/O.

What it runs is what CPython's asyncio runs for programs that compute rather
than talk to sockets: `asyncio.run`, tasks, futures, `sleep` (real time, by
the monotonic clock), `gather`, `wait`, `wait_for`, `as_completed`,
`shield`, `timeout`, `TaskGroup`, queues and the synchronisation primitives.
Callbacks and tasks run in the order CPython's loop runs them (a FIFO of ready
callbacks, then the timers that are due), so such programs print what they
print under CPython. Sockets, subprocesses, streams and threads are not
available: those entry points raise NotImplementedError.
"""
import collections
import heapq
import itertools
import sys
import time
import types
from asyncio.base import (
    CancelledError,
    InvalidStateError,
    Future,
    Task,
    Handle,
    TimerHandle,
    iscoroutine,
    iscoroutinefunction,
    isfuture,
    _get_loop_of,
    _set_running_loop,
    get_running_loop,
    _get_running_loop,
    current_task,
    all_tasks,
)
from asyncio.tasks import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    sleep,
    ensure_future,
    create_task,
    gather,
    shield,
    wait,
    wait_for,
    as_completed,
    timeout,
    timeout_at,
    Timeout,
    TaskGroup,
    to_thread,
)
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, BrokenBarrierError
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull

TimeoutError = TimeoutError


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class SendfileNotAvailableError(RuntimeError):
    pass


class AbstractEventLoop:
    """The interface of an event loop (every loop here is a `BaseEventLoop`)."""


class BaseEventLoop(AbstractEventLoop):
    """A loop of ready callbacks and timers (CPython's BaseEventLoop, minus the selector)."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._asyncgens = set()
        self._timer_seq = itertools.count()

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # -- time and scheduling
    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, next(self._timer_seq), callback, args, self)
        heapq.heappush(self._scheduled, timer)
        return timer

    # -- futures and tasks
    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running
    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def _stop(fut):
            fut.get_loop().stop()

        future.add_done_callback(_stop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # retrieved: the error propagates from here
            raise
        finally:
            future.remove_done_callback(_stop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def run_forever(self):
        self._check_closed()
        self._check_running()
        old_running = _get_running_loop()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old_running)

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            heapq.heappop(sched)
        if not self._ready and not self._stopping:
            if not sched:
                raise RuntimeError(
                    'asyncio: the event loop has nothing left to run and nothing to wait for '
                    '(tspy has no I/O; a future nobody completes would wait forever)')
            delay = sched[0]._when - self.time()
            if delay > 0:
                time.sleep(delay)
        end = self.time() + 1e-9
        while sched:
            timer = sched[0]
            if timer._when >= end:
                break
            heapq.heappop(sched)
            timer._scheduled = False
            self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- errors
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if exception is not None:
            import traceback
            text += '\n' + ''.join(traceback.format_exception(type(exception), exception, exception.__traceback__)).rstrip('\n')
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    # -- shutdown
    async def shutdown_asyncgens(self):
        gens = list(self._asyncgens)
        self._asyncgens.clear()
        for gen in gens:
            await gen.aclose()

    async def shutdown_default_executor(self, timeout=None):
        return None

    async def run_in_executor(self, executor, func, *args):
        """Run `func(*args)` now, in this thread (tspy has no threads), as the executor's result."""
        return func(*args)

    # -- what needs I/O
    def _no_io(self, what):
        raise NotImplementedError(f'asyncio {what} is not supported by tspy (no sockets, pipes or subprocesses)')

    async def create_connection(self, *args, **kwargs):
        self._no_io('create_connection()')

    async def create_server(self, *args, **kwargs):
        self._no_io('create_server()')

    async def subprocess_exec(self, *args, **kwargs):
        self._no_io('subprocess_exec()')

    async def subprocess_shell(self, *args, **kwargs):
        self._no_io('subprocess_shell()')

    def add_reader(self, *args):
        self._no_io('add_reader()')

    def add_writer(self, *args):
        self._no_io('add_writer()')

    def add_signal_handler(self, *args):
        self._no_io('add_signal_handler()')


SelectorEventLoop = BaseEventLoop
EventLoop = BaseEventLoop


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return BaseEventLoop()


_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = DefaultEventLoopPolicy() if policy is None else policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return _policy.get_event_loop()


def set_event_loop(loop):
    _policy.set_event_loop(loop)


def new_event_loop():
    return _policy.new_event_loop()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """A context manager that runs coroutines in one loop (asyncio.Runner, 3.11)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._loop_factory = loop_factory
        self._state = 'created'

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            if self._loop_factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None):
    """Run the coroutine `main` in a new event loop and return its result (asyncio.run)."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('asyncio.run_coroutine_threadsafe() is not supported by tspy (no threads)')


async def open_connection(*args, **kwargs):
    raise NotImplementedError('asyncio.open_connection() is not supported by tspy (no sockets)')


async def start_server(*args, **kwargs):
    raise NotImplementedError('asyncio.start_server() is not supported by tspy (no sockets)')


async def create_subprocess_exec(*args, **kwargs):
    raise NotImplementedError('asyncio.create_subprocess_exec() is not supported by tspy (no subprocesses)')


async def create_subprocess_shell(*args, **kwargs):
    raise NotImplementedError('asyncio.create_subprocess_shell() is not supported by tspy (no subprocesses)')
