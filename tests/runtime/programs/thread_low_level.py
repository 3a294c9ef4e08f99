import _thread, threading, sys, time
results = []
done = _thread.allocate_lock()
def work(n, scale=1):
    try:
        results.append((n * scale, threading.current_thread().name.startswith('Dummy'),
                        threading.current_thread().daemon,
                        _thread.get_ident() != threading.main_thread().ident, _thread._count()))
    finally:
        done.release()
lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
lock.release()
with lock:
    print('inside', lock.locked())
print(lock.locked())
done.acquire()
ident = _thread.start_new_thread(work, (3,), {'scale': 2})
done.acquire()
print(isinstance(ident, int), ident != _thread.get_ident())
_thread.start_new(work, (4,))
done.acquire()
print(results)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread._count())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in [(1, ()), (work, [1]), (work, (1,), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print('TypeError:', e)
def quits():
    try:
        _thread.exit()
    finally:
        done.release()
_thread.start_new_thread(quits, ())
done.acquire()
r = _thread.RLock(); r.acquire(); r.acquire(); r.release(); r.release(); print('rlock ok')
loc = _thread._local(); loc.x = 1; print(loc.x)
print(isinstance(_thread.get_native_id(), int), _thread.stack_size())
class Fails:
    def __repr__(self):
        return 'Fails()'
    def __call__(self, d):
        try:
            return 1 / d
        finally:
            done.release()
fails = Fails()
_thread.start_new_thread(fails, (0,))
done.acquire()
time.sleep(0.3)
print('after failure')
