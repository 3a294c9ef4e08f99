import queue

q = queue.Queue()
for i in (3, 1, 2):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), queue.Empty)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
try:
    b.put('c', block=False)
except queue.Full as e:
    print('Full', repr(e), queue.Full)
try:
    b.put('c', timeout=0)
except queue.Full:
    print('Full after timeout')
print(b.unfinished_tasks)
b.get(); b.task_done(); b.get(); b.task_done()
b.join()
try:
    b.task_done()
except ValueError as e:
    print(e)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [(2, 'b'), (1, 'a'), (3, 'c')]:
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print('SimpleQueue empty')
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
print(queue.Queue[int], issubclass(queue.PriorityQueue, queue.Queue))
