import sys


def f():
    return sys._getframe()


fr = f()
print(type(fr).__name__, fr.f_code.co_name, fr.f_lineno)
print(fr.f_back is sys._getframe(), sys._getframe(0) is sys._getframe())


def g(a, b=2):
    c = a + b
    frame = sys._getframe()
    print(sorted((k, v) for k, v in frame.f_locals.items() if k != 'frame'))
    print(repr(frame).startswith('<frame at 0x'), repr(frame).endswith(', line 17, code g>'))
    print(frame.f_globals is globals(), frame.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name)
    return frame


g(1)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)


def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_frame is sys._getframe(), tb.tb_lineno, tb.tb_next)


h()
print(list(f().f_code.co_positions())[:2] == list(f.__code__.co_positions())[:2])


def wide(x):
    return x['key'] * 2 + x["other"]


def calls():
    data = {'key': 1}
    return [1, 2][0] + wide(data)


class Thing:
    def method(self):
        return self.missing_attr


try:
    Thing().method()
except AttributeError as e:
    print(e)
calls()
