"""Helper for scripts/parity_tokenize.mjs: for each file path on stdin, prints
a JSON line {"file", "out", "err"} where out/err are exactly what
`python -m tokenize FILE` would print (Lib/tokenize.py main)."""
import json, sys, tokenize
from token import tok_name

def run(path):
    out = []
    try:
        with open(path, 'rb') as f:
            for token in tokenize.tokenize(f.readline):
                token_range = "%d,%d-%d,%d:" % (token.start + token.end)
                out.append("%-20s%-15s%-15r" % (token_range, tok_name[token.type], token.string))
        err = ''
    except IndentationError as e:
        line, column = e.args[1][1:3]
        err = "%s:%d:%d: error: %s" % (path, line, column, e.args[0])
    except tokenize.TokenError as e:
        line, column = e.args[1]
        err = "%s:%d:%d: error: %s" % (path, line, column, e.args[0])
    except SyntaxError as e:
        err = "%s: error: %s" % (path, e)
    return '\n'.join(out) + ('\n' if out else ''), (err + '\n' if err else '')

for line in sys.stdin:
    p = line.rstrip('\n')
    if not p:
        continue
    o, e = run(p)
    sys.stdout.write(json.dumps({'file': p, 'out': o, 'err': e}) + '\n')
