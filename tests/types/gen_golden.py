"""Record python3's results for the cases of tests/types/*.test.ts.

Each case is written `c('<python expr>', () => ...)` (or with double quotes);
this script evaluates every expression with CPython and writes
golden/<suite>.json mapping expr -> repr(result) or 'ExcType: message'.
Usage: python3 tests/types/gen_golden.py
"""
import ast, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASE_RE = re.compile(r"""\bc\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)\s*,""")

def js_string(lit):
    if lit[0] == '`':
        lit = '"' + lit[1:-1].replace('"', '\\"') + '"'
    return ast.literal_eval(lit)

def outcome(expr):
    try:
        v = eval(expr, {})
        return repr(v)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

for name in sorted(os.listdir(HERE)):
    if not name.endswith('.test.ts'):
        continue
    suite = name[:-len('.test.ts')]
    src = open(os.path.join(HERE, name), encoding='utf-8').read()
    exprs = [js_string(m.group(1)) for m in CASE_RE.finditer(src)]
    if not exprs:
        continue
    out = {e: outcome(e) for e in exprs}
    with open(os.path.join(HERE, 'golden', suite + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    print(f'{suite}: {len(out)} cases')
