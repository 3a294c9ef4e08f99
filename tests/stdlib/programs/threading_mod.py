import io
import sys
import threading
import time

log = []


def run_thread(**kw):
    t = threading.Thread(**kw)
    t.start()
    t.join()


def worker(n, tag='w'):
    me = threading.current_thread()
    log.append((tag, n, me.name, me.is_alive(), threading.active_count(), me is not threading.main_thread()))


print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(type(threading.get_ident()).__name__, threading.get_ident() == threading.main_thread().ident)

ts = [threading.Thread(target=worker, args=(i,), kwargs={'tag': 't'}) for i in range(3)]
print([t.name for t in ts], [t.ident for t in ts], [t.is_alive() for t in ts])
print(repr(ts[0]))
for t in ts:
    t.start()
    t.join()
print(log)
print([t.is_alive() for t in ts], all(type(t.ident) is int for t in ts))
print(repr(ts[0]).startswith('<Thread(Thread-1 (worker), stopped '))

t = threading.Thread(target=worker, args=(9,), name='named', daemon=True)
print(t.name, t.daemon)
t.daemon = False
t.start()
print(log[-1])
for f in (t.start, lambda: setattr(t, 'daemon', True)):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print('RuntimeError', e)


class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None

    def run(self):
        self.result = self.value * 2
        try:
            self.join()
        except RuntimeError as e:
            self.result = (self.result, str(e))


m = MyThread(21)
print(m.name)
m.start()
m.join(timeout=1)
print(m.result)

# nested threads
def outer():
    inner = threading.Thread(target=lambda: log.append(('inner', threading.active_count(),
                                                        [x.name for x in threading.enumerate()])),
                             name='inner')
    inner.start()
    inner.join()
    log.append(('outer-after', inner.is_alive()))


run_thread(target=outer, name='outer')
print(log[-2:])

# exceptions in threads: printed by excepthook, the program continues
def boom():
    raise ValueError('bad value')


def show_stderr(fn):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn()
    finally:
        sys.stderr = old
    # drop the frames inside threading.py (their paths differ)
    out = []
    skip = False
    for line in buf.getvalue().splitlines():
        if line.startswith('  File '):
            skip = 'threading.py' in line
        elif not line.startswith('    '):
            skip = False
        if not skip:
            out.append(line)
    print('\n'.join(out))


show_stderr(lambda: run_thread(target=boom, name='bad'))
show_stderr(lambda: run_thread(target=sys.exit, args=(3,)))
print('still running')

hooked = []
old_hook = threading.excepthook
threading.excepthook = lambda args: hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
run_thread(target=boom, name='hooked')
threading.excepthook = old_hook
print(hooked, threading.excepthook is threading.__excepthook__)

# Lock
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
for f in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2)):
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
with lock:
    print('in with', lock.locked())
print(lock.locked())

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('reentrant ok')


def other_thread_tries():
    log.append(('other', r.acquire(False), r.acquire(timeout=0.01)))
    try:
        r.release()
    except RuntimeError as e:
        log.append(('other', str(e)))


r.acquire()
run_thread(target=other_thread_tries)
r.release()
print(log[-2:])

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())

# Condition
cond = threading.Condition()
for f in (cond.wait, cond.notify, lambda: cond.wait(0)):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 5), cond.wait_for(lambda: 0, timeout=0.02))
    cond.notify()
    cond.notify_all()
    print(cond.acquire(False), cond._is_owned())
    cond.release()
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(0), c2._is_owned())
print(c2._is_owned())

# Semaphore / BoundedSemaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(blocking=False), s._value)
for f in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
b = threading.BoundedSemaphore(1)
with b:
    print('bounded held', b.acquire(False))
try:
    b.release()
except ValueError as e:
    print('ValueError', e)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=['never'])
tm2.cancel()
tm2.start()
print(fired, tm.finished.is_set(), tm2.name.startswith('Thread-'))

# local
loc = threading.local()
loc.x = 'main'


def use_local():
    log.append(('local', hasattr(loc, 'x')))
    loc.x = 'thread'
    log.append(('local', loc.x))


run_thread(target=use_local)
print(loc.x, log[-2:])


class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start


ml = MyLocal(10)
ml.count += 1


def bump():
    ml.count += 5
    log.append(('mylocal', ml.count))


run_thread(target=bump)
print(ml.count, log[-1])
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)

print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.stack_size())
print(threading.current_thread().name, threading.active_count())
