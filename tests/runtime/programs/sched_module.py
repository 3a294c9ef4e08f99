import sched
clock = [0.0]
def timefunc(): return clock[0]
def delay(d): clock[0] += d
s = sched.scheduler(timefunc, delay)
def act(name, **kw): print('at', clock[0], name, kw)
e1 = s.enter(5, 1, act, ('five',))
s.enter(2, 2, act, ('two-low',)); s.enter(2, 1, act, ('two-high',), {'k': 1})
e3 = s.enterabs(10, 1, act, ('ten',))
print([ (e.time, e.priority, e.argument) for e in s.queue ], s.empty())
s.cancel(e3)
try: s.cancel(e3)
except ValueError as e: print('ValueError', e)
s.run(); print(s.empty(), clock[0])
s.enter(3, 1, act, ('later',)); print(s.run(blocking=False)); s.run()
print(sched.Event._fields, repr(e1._replace(action=None)))
real = sched.scheduler(); real.enter(0.01, 1, print, ('real',)); real.run()
from collections import namedtuple
P = namedtuple('P', 'x y'); print(P.x.__doc__); P.x.__doc__ = 'The x'; print(P.x.__doc__); del P.y.__doc__; print(P.y.__doc__)
