# PRINT_EXPR goes through sys.displayhook (buffered stdout, builtins._).
import sys, builtins
print('before')
exec(compile('1 + 1', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('"str"', '<s>', 'single'))
print(builtins._)
exec(compile('x = 5\nx', '<s>', 'exec'))
exec(compile('[1, 2]', '<s>', 'single'))
print(sys.displayhook is sys.__displayhook__, sys.displayhook)
sys.displayhook = lambda v: print('hook:', v)
exec(compile('42', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
sys.displayhook(7)
sys.displayhook(None)
print(builtins._)
del sys.displayhook
try: exec(compile('42', '<s>', 'single'))
except RuntimeError as e: print(e)
print('after')
