import traceback, sys
try:
    compile('x = (1,\n  2', 'bad.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    compile('a b', 'bad2.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception(e)[-4:])
def f(n):
    local_list = [n, 'x']
    return n / 0
try:
    f(3)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[-1].locals)
    print(''.join(traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__.tb_next), capture_locals=True).format()), end='')
try:
    name_that_is_close = 1
    print(name_that_is_clos)
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    [].appendx
except AttributeError as e:
    print(traceback.format_exc().splitlines()[-1])
print(sys._getframe().f_locals is globals())
eg = ExceptionGroup('grp', [ValueError('a')])
print(traceback.format_exception_only(eg))
