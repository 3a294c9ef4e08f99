import shlex, io
cases = ['a "b c" d\\ e \'f g\'', 'x=1 # comment', "a'b c'd", 'a "b\\"c" \'d\\\'', 'echo "$HOME\\n" \\\\x', '', '  ', 'a"" b', "it's", 'a;b|c&&d', '"unterminated', 'trail\\', 'ß é', '"a\\\\b" "a\\b"']
for c in cases:
    for posix in (True, False):
        for comments in (False, True):
            try: print(repr(c), posix, comments, shlex.split(c, comments=comments, posix=posix))
            except ValueError as e: print(repr(c), posix, comments, 'ValueError', e)
for pc in (True, '|;', False):
    for c in ['a && b || c; (d)', 'ls -la ~/x.txt|grep foo>out', 'a=b;c']:
        lex = shlex.shlex(c, punctuation_chars=pc)
        print(pc, c, list(lex))
        lex = shlex.shlex(c, posix=True, punctuation_chars=pc); lex.whitespace_split = True
        print(pc, c, list(lex))
lex = shlex.shlex('foo bar "baz qux" # note\nnext line', posix=False)
print(lex.get_token(), lex.lineno); lex.push_token('pushed'); print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno, lex.error_leader('f.txt'))
lex = shlex.shlex(io.StringIO('a b'), infile='in.txt', posix=True); print(list(lex), lex.error_leader(), repr(lex.eof))
lex = shlex.shlex('k1=v1, k2="v 2"', posix=True); lex.wordchars += '='; lex.whitespace += ','; print(list(lex))
print(shlex.quote(''), shlex.quote('safe-path/x.txt'), shlex.quote('$x'), shlex.join(['echo', "it's", 'a b']))
