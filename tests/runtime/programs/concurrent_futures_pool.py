# concurrent.futures: executors, futures, map, wait and as_completed.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import threading, math

def square(x):
    return x * x

def fail(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(6))))
    futs = {ex.submit(square, n): n for n in [2, 3, 4]}
    for f in as_completed(futs):
        print(futs[f], f.result(), f.done(), f.running(), f.cancelled())
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("raised", e)
    done, not_done = wait([ex.submit(square, 5)])
    print(len(done), len(not_done), [d.result() for d in done])
    f = ex.submit(threading.current_thread)
    print(f.result().name.startswith("ThreadPoolExecutor-"), f.result() is threading.main_thread())
    it = ex.map(fail, [1, 2, 3, 4])
    try:
        for r in it:
            print("got", r)
    except ValueError as e:
        print("map raised", e)
    calls = []
    fut = ex.submit(square, 7)
    fut.result()
    fut.add_done_callback(lambda ff: calls.append(ff.result()))
    print(calls)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
with ProcessPoolExecutor() as pex:
    print(sum(pex.map(math.factorial, range(10))))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled(), f.done())
f2 = cf.Future()
f2.set_result(3)
print(f2.result(), f2.exception())
try:
    f2.set_result(4)
except cf.InvalidStateError as e:
    print("InvalidStateError")
try:
    cf.Future().result(timeout=0.01)
except cf.TimeoutError as e:
    print("timeout", type(e).__name__)
try:
    f.result()
except cf.CancelledError:
    print("cancelled")
