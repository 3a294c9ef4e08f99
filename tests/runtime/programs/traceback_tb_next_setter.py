import sys, traceback
def inner(): raise ValueError('x')
def outer(): inner()
try: outer()
except ValueError:
    et, ev, tb = sys.exc_info()
    print('__name__' in tb.tb_frame.f_globals, tb.tb_next.tb_frame.f_code.co_name)
    tb.tb_next.tb_next = None
    print(''.join(traceback.TracebackException(et, ev, tb, capture_locals=False, compact=True).format()).replace(__file__, 'FILE'))
    print(ev.with_traceback(None).__traceback__)
try: 1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    for bad in (5, tb):
        try: tb.tb_next = bad
        except (TypeError, ValueError) as x: print(type(x).__name__, x)
    try: del tb.tb_next
    except TypeError as x: print(x)
