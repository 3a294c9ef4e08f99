import sys
import traceback


def inner(d):
    items = [1, 2]
    return d['a'] + items[5]


def outer():
    return 1 + inner({'a': 1})


try:
    outer()
except IndexError:
    print(traceback.format_exc(), end='')
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception(etype, value, tb) == traceback.format_exception(value))
    print(traceback.format_exception_only(value))
    print(traceback.format_exception_only(etype, value))
    for fs in traceback.extract_tb(tb):
        print(fs, fs.name, fs.lineno, fs.line, repr(fs.filename))
        filename, lineno, name, line = fs
        print(filename == fs[0], lineno, name, line, len(fs))
    print(traceback.format_tb(tb))
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_tb(tb, limit=-1))
    traceback.print_tb(tb, file=sys.stdout)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print(''.join(traceback.format_exception(value, limit=2)), end='')


def cause():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad value') from e


def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('while handling')


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('quiet') from None


for fn in (cause, context, suppressed):
    try:
        fn()
    except Exception as e:
        traceback.print_exception(e, file=sys.stdout)
        print('---')
        traceback.print_exception(type(e), e, e.__traceback__, chain=False, file=sys.stdout)
        print('===')

te = None
try:
    cause()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type, str(te))
print(type(te.stack).__name__, len(te.stack), te.stack[0].name)
print(type(te.__cause__).__name__, te.__cause__.exc_type, te.__context__ is not None)
print(''.join(te.format()), end='')
print(list(te.format_exception_only()))
print(''.join(te.format(chain=False)), end='')


def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    traceback.print_exc(file=sys.stdout)


def where():
    return traceback.extract_stack()


st = where()
print(type(st).__name__, [(f.name, f.lineno, f.line) for f in st])
print(traceback.format_list(st))


def show():
    traceback.print_stack(file=sys.stdout)
    print(''.join(traceback.format_stack(limit=1)), end='')
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))])


show()
print(traceback.format_list([('f.py', 3, 'g', 'x = 1'), ('f.py', 4, 'h', None)]))
s = traceback.StackSummary.from_list([('f.py', 3, 'g', 'x = 1')])
print(s[0] == ('f.py', 3, 'g', 'x = 1'), repr(s[0]))
fs = traceback.FrameSummary('nofile.py', 10, 'fn', line='  a + b  ')
print(fs.line, list(fs))


class MyErr(Exception):
    pass


try:
    raise MyErr()
except MyErr as e:
    print(traceback.format_exception_only(e))
    e.add_note('a note')
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(None))
try:
    traceback.print_exception(ValueError('x'), None)
except ValueError as e:
    print(e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print(e)
print(traceback.format_exc())
