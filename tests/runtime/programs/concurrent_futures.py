import concurrent.futures as cf, threading, math
def square(x):
    if x == 3: raise ValueError('bad 3')
    return x * x
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    for f in futs:
        try: print(f.result(), f.done(), f.running(), f.cancelled())
        except ValueError as e: print('error', e, type(f.exception()).__name__)
    print(sorted(r for r in ex.map(abs, [-1, -2, 3])))
    print(threading.current_thread().name)
    name = ex.submit(lambda: threading.current_thread().name).result()
    print(name.startswith('ThreadPoolExecutor-'))
results = {}
with cf.ThreadPoolExecutor() as ex:
    fmap = {ex.submit(math.factorial, n): n for n in (5, 10, 3)}
    for f in cf.as_completed(fmap): results[fmap[f]] = f.result()
print(sorted(results.items()))
done, not_done = cf.wait([cf.ThreadPoolExecutor().submit(pow, 2, 10)]); print(len(done), len(not_done), [f.result() for f in done])
ex = cf.ThreadPoolExecutor(1); ex.shutdown()
try: ex.submit(print)
except RuntimeError as e: print(e)
try: cf.ThreadPoolExecutor(0)
except ValueError as e: print(e)
try: list(cf.ThreadPoolExecutor().map(square, [1, 3]))
except ValueError as e: print('map error', e)
f = cf.Future(); print(f.done(), f.cancel(), f.cancelled(), f.done())
try: f.result()
except cf.CancelledError as e: print('cancelled', type(e).__name__)
g = cf.Future(); g.add_done_callback(lambda fut: print('callback', fut.result())); g.set_result(42)
try: g.set_result(1)
except cf.InvalidStateError as e: print('invalid state', str(e).split(':')[0])
h = cf.Future(); h.set_exception(KeyError('k')); print(repr(h.exception()), h.done())
def main():
    with cf.ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(square, [1, 2, 4], chunksize=2)))
        print(pex.submit(sum, [1, 2, 3]).result())
if __name__ == '__main__': main()
with cf.ThreadPoolExecutor(initializer=print, initargs=('init',)) as ex2:
    print(ex2.submit(len, 'abc').result(), ex2.submit(len, 'ab').result())
try: cf.wait([], return_when='X')
except ValueError as e: print(e)
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)
p = cf.Future()
try: cf.wait([p], return_when='X')
except ValueError as e: print(e)
print(cf.wait([p], timeout=0.01, return_when=cf.FIRST_COMPLETED).not_done == {p})
try: p.result(timeout=0.01)
except TimeoutError as e: print('timeout', type(e).__name__)
