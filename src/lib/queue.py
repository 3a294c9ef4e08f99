"""Queues: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue (CPython 3.11 API).

tspy's own implementation for a single-threaded interpreter: there is no other
thread that could ever put or get an item, so an operation that would have to
wait forever (a blocking ``get`` on an empty queue or ``put`` on a full one
without a timeout, ``join`` with unfinished tasks) raises NotImplementedError
instead of hanging; with a timeout it sleeps that long and raises Empty/Full,
exactly what CPython does when no other thread intervenes.
"""

import time
from types import GenericAlias
from collections import deque
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _wait(timeout, what):
    if timeout is None:
        raise NotImplementedError(
            f'{what} would block forever: tspy has no threads to wake it')
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout:
        time.sleep(timeout)


class Queue:
    '''Create a queue object with a given maximum size (<= 0: unbounded).'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Block until all items in the queue have been gotten and processed.'''
        if self.unfinished_tasks:
            raise NotImplementedError(
                'Queue.join() with unfinished tasks would block forever: tspy has no threads')

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty.'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue (Full when it stays full).'''
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            _wait(timeout, 'Queue.put() on a full queue')
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue (Empty when it stays empty).'''
        if not self._qsize():
            if not block:
                raise Empty
            _wait(timeout, 'Queue.get() on an empty queue')
            raise Empty
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    '''A Queue that retrieves the lowest entry first (heapq order).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue that retrieves the most recently added entry first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue.'''

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if not self._queue:
            if not block:
                raise Empty
            _wait(timeout, 'SimpleQueue.get() on an empty queue')
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty.'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return len(self._queue)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
