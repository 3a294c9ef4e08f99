import io
import token
import tokenize
src = 'def f(a, b=2):\n    # comment\n    return a ** b  # tail\n\nx = f"{1}" + "s"\n'
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t, token.tok_name[t.exact_type])
for t in tokenize.tokenize(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline):
    print(t.type, t.string, t.start, t.end)
print(tokenize.detect_encoding(io.BytesIO(b'# coding: utf-8\nx\n').readline), tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx\n').readline))
try:
    list(tokenize.generate_tokens(io.StringIO('s = """abc\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args)
try:
    list(tokenize.generate_tokens(io.StringIO('if x:\n        a\n    b\n').readline))
except IndentationError as e:
    print('IndentationError', e.args[0])
print(token.tok_name[token.NAME], token.ISTERMINAL(token.OP), token.EXACT_TOKEN_TYPES['**='], token.ISEOF(token.ENDMARKER))
names = [tokenize.tok_name[t.type] for t in tokenize.generate_tokens(io.StringIO('a.b(c)[1:2]\n').readline)]
print(names)
