# How uncaught SyntaxErrors are shown (CPython 3.11's C printer, used by sys.excepthook)
# and how traceback.format_exception_only shows them (the traceback module's own rules):
# the caret is left out when the offset points into the stripped indentation,
# SyntaxError subclasses get a single caret whatever their end_offset, offsets past
# the end of the line are clipped to it, and end_offset 0 or -1 means one caret.
import io
import sys
import traceback

cases = [
    (9, -1, '    pass\n'), (9, 9, '    pass\n'), (9, 10, '    pass\n'), (8, -1, '    pass\n'),
    (5, -1, '    pass\n'), (10, -1, '    pass\n'), (2, -1, '  x = 1\n'), (3, -1, '  x = 1\n'),
    (1, 7, 'return 1\n'), (1, -1, 'return 1\n'), (8, 9, 'f(**k, *a)\n'), (8, 10, 'f(**k, *a)\n'),
    (5, 5, 'abc\n'), (4, 4, 'abc\n'), (4, 5, 'abc\n'), (4, -1, 'abc\n'), (3, 20, 'abc\n'),
    (0, -1, 'abc\n'), (1, 0, 'abc\n'), (2, 1, 'abc\n'), (1, 4, '\tabc\n'), (3, 5, '\tabc\n'),
    (2, 4, '\f x\n'), (6, 9, 'x = (1,\n'),
]
for cls in (SyntaxError, IndentationError, TabError):
    for off, end, text in cases:
        exc = cls('m', ('f', 1, off, text, 1, end))
        saved = sys.stderr
        sys.stderr = buf = io.StringIO()
        try:
            sys.excepthook(cls, exc, None)
        finally:
            sys.stderr = saved
        print(cls.__name__, off, end, repr(text))
        print('  hook:', repr(buf.getvalue()))
        print('  module:', repr(''.join(traceback.format_exception_only(cls, exc))))
# Spanning lines: the C printer highlights to the end of the first line.
exc = SyntaxError('m', ('f', 1, 5, 'x = (1,\n', 2, 3))
saved = sys.stderr
sys.stderr = buf = io.StringIO()
sys.excepthook(SyntaxError, exc, None)
sys.stderr = saved
print(repr(buf.getvalue()))
print(repr(''.join(traceback.format_exception_only(SyntaxError, exc))))
