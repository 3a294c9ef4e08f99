# SyntaxError attributes from compile()/eval() of strings: 'eval' input gets
# no added newline (an error at its end has offset 0), the tokenizer's own
# errors carry the line without its newline, and an unclosed bracket found at
# the end shows its line from the string.
cases = [
    '1 +', '1 +\n', '(1, 2', 'x = = 2', 'foo(', 'a b', 'x.', 'print "x"', '1 + 2)',
    "f'{'", "f'{x!z}'", "f'{}'", "f'{' + 1", 'return 5', '"abc', '"""abc', '0777',
    '1__0', '[1, 2 3]', '(a\n+', 'x = 0b12\n', 'x = 1e\n', 'x = (]\n', 'x = 12abc\n',
    'x = 1 \\ 2\n', 'if 1:\n\tx\n        y\n', 'x = 5\n  y = 6\n', 'if 1:\nx\n',
    'x = "a\\\n', 'x = "a\\\nb\\\n', 'x = "a\\\nb\\\nc\ny=1\n', '(1, 2\n\n',
]
for src in cases:
    for mode in ['eval', 'exec']:
        try:
            compile(src, '<s>', mode)
            print(repr(src), mode, 'ok')
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    eval('1 + 2 +')
except SyntaxError as e:
    import traceback
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
