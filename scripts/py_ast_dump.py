"""Helper for the parser parity tools: prints one JSON line per file with
CPython's ast.dump (include_attributes=True) or the SyntaxError details."""
import ast, json, sys

def main():
    attrs = '--no-attrs' not in sys.argv
    files = [a for a in sys.argv[1:] if not a.startswith('--')]
    if not files:
        files = [l.rstrip('\n') for l in sys.stdin if l.strip()]
    for f in files:
        try:
            with open(f, 'rb') as fh:
                src = fh.read()
            tree = ast.parse(src, f)
            out = {'file': f, 'dump': ast.dump(tree, include_attributes=attrs)}
        except SyntaxError as e:
            out = {'file': f, 'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}}
        except Exception as e:  # ValueError (null bytes) etc.
            out = {'file': f, 'error': {'type': type(e).__name__, 'msg': str(e)}}
        sys.stdout.write(json.dumps(out) + '\n')

main()
