import asyncio

log = []

async def worker(name, delay, result):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return result

async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)

async def main():
    r = await asyncio.gather(worker("a", 0.2, 1), worker("b", 0.1, 2), worker("c", 0, 3))
    print("gather", r)
    print(log)
    r = await asyncio.gather(failing(0.1), worker("d", 0.05, 4), return_exceptions=True)
    print("gather exc", r)
    try:
        await asyncio.gather(failing(0), worker("e", 0.1, 5))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(worker("t", 0.01, "task"), name="my-task")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(worker("slow", 1, None), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("fast", 0, "quick"), timeout=1))
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print("queue", out, q.empty())
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(f"in{i}")
            await asyncio.sleep(0)
            order.append(f"out{i}")
    await asyncio.gather(*(locked(i) for i in range(3)))
    print("lock", order)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("event", await asyncio.gather(*ts))
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak", peak[0])
    tasks = [asyncio.create_task(worker(f"w{i}", 0.05 * (3 - i), i)) for i in range(3)]
    done_order = [await c for c in asyncio.as_completed(tasks)]
    print("as_completed", done_order)
    tasks = [asyncio.create_task(worker(f"x{i}", 0.05 * i, i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("wait", sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.sleep(0.01)
    print([p.cancelled() for p in pending])
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", s.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("g1", 0.01, 1))
            tg.create_task(failing(0.05))
            tg.create_task(failing(0.3))
    except* ValueError as eg:
        print("taskgroup", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("h1", 0.001, "h1"))
        b = tg.create_task(worker("h2", 0, "h2"))
    print("taskgroup ok", a.result(), b.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut, repr(fut))
    fut2 = loop.create_future()
    loop.call_later(0.001, fut2.set_exception, KeyError("k"))
    try:
        await fut2
    except KeyError as e:
        print("future exc", repr(e))
    print(await asyncio.shield(worker("sh", 0, "shielded")))
    return "main done"

print(asyncio.run(main()))
c = main()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c))
c.close()
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
async def boom():
    raise RuntimeError("boom")
try:
    asyncio.run(boom())
except RuntimeError as e:
    print("run raised", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("rc", 0, "ruc")))
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
