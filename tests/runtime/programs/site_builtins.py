# exit/quit are Quitter objects and help a _Helper, as site.py makes them.
print(exit, quit, type(exit).__name__, type(exit).__module__, help, type(help).__name__)
print(callable(exit), 'exit' in dir(__builtins__), 'help' in dir(__builtins__))
try:
    quit()
except SystemExit as e:
    print('quit', repr(e.code), e.args)
try:
    exit('message')
except SystemExit as e:
    print('exit', repr(e.code), e.args)
try:
    exit(code=4)
except SystemExit as e:
    print('kw', e.code)
import sys
print(repr(copyright) == sys.copyright, credits, license, type(license).__name__)
copyright()
credits()
exit(3)
