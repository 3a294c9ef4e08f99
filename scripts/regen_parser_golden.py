"""Regenerates the parser's golden files from CPython 3.11 (python3):

- tests/parser/golden/errors.json: broken snippets with CPython's
  (type, msg, lineno, offset, end_lineno, end_offset).
- tests/parser/golden/src/*.py -> tests/parser/golden/*.ast.txt: ast.dump
  with include_attributes=True (and *.ast_indent.txt with indent=2 for some).
- tests/parser/golden/src/*.py -> *.tokens.txt / *.tokens_e.txt: the output of
  `python -m tokenize [-e]`.
- tests/parser/golden/exprs.json: one-line snippets with their ast.dump.

Run: python3 scripts/regen_parser_golden.py
"""
import ast, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'tests', 'parser', 'golden')

ERRORS = [
    # generic / tokens
    "x = (1, 2\n",
    "x = [1, 2\ny = 3\n",
    "foo(a, b\n\ndef f(): pass\n",
    "x = 1)\n",
    "x = [1, 2)\n",
    "x = (1,\n 2]\n",
    "a b\n",
    "x = $\n",
    "1 +\n",
    "if x\n    pass\n",
    "while x\n    pass\n",
    "for x in y\n    pass\n",
    "def f()\n    pass\n",
    "class A\n    pass\n",
    "try\n    pass\n",
    "with x\n    pass\n",
    "if x:\npass\n",
    "while x:\npass\n",
    "for x in y:\npass\n",
    "def f():\nreturn 1\n",
    "class A:\npass\n",
    "try:\npass\n",
    "try:\n    pass\nexcept:\npass\n",
    "try:\n    pass\nfinally:\npass\n",
    "if x:\n    pass\nelse:\npass\n",
    "if x:\n    pass\nelif y:\npass\n",
    "with x:\npass\n",
    "match x:\ncase 1: pass\n",
    "x = 1\n  y = 2\n",
    "if x:\n    a = 1\n  b = 2\n",
    "if x:\n\ta = 1\n        b = 2\n",
    "def f():\n  return 1\n    x\n",
    "x = 'abc\n",
    "x = \"abc\n",
    "x = '''abc\n\ndef\n",
    'x = """abc\n',
    "x = 1abc\n",
    "x = 0777\n",
    "x = 0x\n",
    "x = 0b102\n",
    "x = 0o78\n",
    "x = 1__0\n",
    "x = 1_\n",
    "x = 1e\n",
    "x = 5j_\n",
    "print 'hello'\n",
    "print x\n",
    "exec 'code'\n",
    "f(a b)\n",
    "[a b]\n",
    "{a b}\n",
    "(a b c)\n",
    "f(x for x in y, 1)\n",
    "f(a=1, b)\n",
    "f(**a, b)\n",
    "f(**a, *b)\n",
    "f(**k, *a.b.c)\n",
    "f(x, **k, *(a, b))\n",
    "{1: *x, 2: 3}\n",

    "f(x=1 for x in y)\n",
    "f(a + 1 = 2)\n",
    "def f(a=1, b): pass\n",
    "def f(*): pass\n",
    "def f(*, **k): pass\n",
    "def f(/, a): pass\n",
    "def f(a, /, b, /): pass\n",
    "def f(*a, /): pass\n",
    "def f(**k, a): pass\n",
    "def f(*a=1): pass\n",
    "def f(**k=1): pass\n",
    "def f(a=): pass\n",
    "def f((a, b)): pass\n",
    "lambda a=1, b: 0\n",
    "lambda *: 0\n",
    "1 = x\n",
    "f() = 1\n",
    "x + 1 = 2\n",
    "None = 1\n",
    "True = 1\n",
    "a, f() = 1, 2\n",
    "(a, 1) = x\n",
    "[x for x in y] = 1\n",
    "x = f() = 3\n",
    "a < b = 1\n",
    "f() += 1\n",
    "(a, b) += 1\n",
    "a, b: int\n",
    "[a]: int\n",
    "f(): int = 1\n",
    "del f()\n",
    "del 1\n",
    "del (a, 1)\n",
    "for 1 in x: pass\n",
    "for f() in x: pass\n",
    "with a as 1: pass\n",
    "x = yield = 1\n",
    "if x = 1: pass\n",
    "if f() = 1: pass\n",
    "while x = 1: pass\n",
    "(x := 1) := 2\n",
    "f(a.b := 1)\n",
    "x = 1 if y\n",
    "[*x for x in y]\n",
    "{**x for x in y}\n",
    "[x, y for x in z]\n",
    "(*x)\n",
    "(**x)\n",
    "{1: 2, 3}\n",
    "{1:}\n",
    "{1: *x}\n",
    "try:\n    pass\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\nexcept A, B:\n    pass\n",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept\n    pass\n",
    "from x import a,\n",
    "from x import (a\n",
    "import\n",
    "else: pass\n",
    "elif x: pass\n",
    "x = 1 +* 2\n",
    "x.1\n",
    "return return\n",
    "def def(): pass\n",
    "class 1: pass\n",
    "x = €\n",
    "x = a\u00a0b\n",
    "a = b\\c\n",
    "x = 1 \\\n",
    "f'{}'\n",
    "f'{x!z}'\n",
    "f'{x'\n",
    "f'}'\n",
    "f'{a b}'\n",
    "f'{#}'\n",
    "b'\u00e9'\n",
    "'a' b'b'\n",
    "'\\x1'\n",
    "'\\N{NOT A NAME}'\n",
    "match x:\n    case a as _: pass\n",
    "match x:\n    case C(a=1, b): pass\n",
    "match x:\n    case 1 as 2: pass\n",
    "match x\n    case 1: pass\n",
    "match x:\n    case 1\n        pass\n",
    "def f():\n    x = 1\n   y = 2\n",
    "if True:\n        x = 1\n    y = 2\n",
    "  x = 1\n",
    "x = [\n1,\n2\n",
    "def f(:\n    pass\n",
    "x = {'a': 1\n",
    "a = 1; b = 2;; c = 3\n",
    "import a.b as c.d\n",
    "async = 1\n",
    "await = 1\n",
    "x = ...foo\n",
    "@\ndef f(): pass\n",
    "nonlocal\n",
    "lambda x: yield\n",
    "f'{lambda: 1}'\n",
    "x = 1 +  # comment\n",
    "  x = 1\ny = 'abc\n",
    "x = 1 2\nif x:\n  a\n b\n",
    "'a' = \n",
    "* a: int\n",
    "f():\n",
    "up()not\nx\n",
    "x = {1 2\n",
    "foo(a b\n",
    "x = 1 2\ny = (\n",
    "if x (\n",
    "def f():\n    \'\'\'doc\n",
    "class A:\n    def f(self):\n        if x:\n",
    "s = '\\x0'  # c\n",
    "if x:\n# c\n",
    "def f():\n  try:\n    pass\n  except E:\n",
    "try:\n    pass\n\n\n",
    "x = [\n  1,\n  2 3\n]\n",
    "print(f'{x!}')\n",
    "with open(f) as 1: pass\n",
    "import a as b.c\n",
    "a = 1 if 2\n",
    "def f(x, /, y, *, z, **k, w): pass\n",
    "for x in range(10):\n    pass\n  else:\n    pass\n",
]

EXPRS = [
    "a + b * c - d / e // f % g ** h @ i",
    "-x ** -y", "not a and b or c", "a if b else c if d else e",
    "a < b <= c > d >= e == f != g in h not in i is j is not k",
    "a | b ^ c & d << e >> f", "~a + +b - -c",
    "lambda: 0", "lambda a, b=1, *c, d, e=2, **f: a",
    "lambda a, /, b: 0", "lambda *, a: a",
    "x[1:2, ::3, ...]", "x[a:b:c]", "x[:]", "x[::]", "x[1:]", "x[*a]", "x[*a, b]", "x[a, *b]",
    "f(a, *b, c=1, **d)", "f(x for x in y)", "f(*a, *b, **c, **d)",
    "[x for x in y if z for w in v]", "{x: y for x, y in z}", "{x for x in y}",
    "(x async for x in y)", "[await x async for x in y]",
    "(yield)", "(yield x)", "(yield from x)",
    "(x := 1)", "[y := 1, y ** 2]",
    "1_000_000", "0x_ff", "0o17", "0b1010", "1.5e-10", "1E+300", "1e400", ".5", "5.", "3j", "1.5J", "0.0",
    "12345678901234567890123456789", "1e16", "1e15", "0.0001", "0.00001", "1_0.0_1e1_0",
    "'a' 'b'", "u'a' 'b'", "U'x'", "r'\\n'", "b'\\x00\\xff'", "rb'\\x'", "Rb'a'",
    "'\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"'", "'\\101\\x41\\u0041\\U00000041'", "'\\N{EM DASH}'", "'\\d'",
    "'\\u00e9\\u200b\\x7f\\x80\\xa0'", "'\u00e9t\u00e9'", "'\U0001f600'", "\"it's\"", "'say \"hi\"'", "'both \\' \"'",
    "f'{x}'", "f'{x!r:>10}'", "f'{x=}'", "f'{x = !s}'", "f'{x:{y}.{z}}'", "f'a{{b}}c'", "f'{x}' 'y' f'{z}'",
    "f'{\"nested\"}'", "f'''{\n x\n}'''", "rf'\\{x}'", "f'{x:%Y-%m-%d}'", "f'{3.14:.2f}'", "f'{a[\"b\"]}'",
    "f'{x!a}'", "f'{(lambda: 1)()}'", "f'{x,}'", "f'{*x,}'",
    "...", "None", "True", "False", "()", "(1,)", "[]", "{}", "{**a, 'b': 1}", "{*a, b}",
    "a.b.c", "a[b][c]", "a(b)(c)", "a.b(c)[d]", "(a).b", "(a)(b)", "((a))",
    "'caf\u00e9' + x", "x.\u00e9t\u00e9",
]

def record_error(src):
    try:
        compile(src, '<unknown>', 'exec', flags=ast.PyCF_ONLY_AST)
        return None
    except SyntaxError as e:
        return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}

def main():
    os.makedirs(os.path.join(GOLD, 'src'), exist_ok=True)
    errs = []
    for s in ERRORS:
        r = record_error(s)
        if r is None:
            print('NOT AN ERROR:', repr(s), file=sys.stderr)
            continue
        errs.append({'src': s, **r})
    with open(os.path.join(GOLD, 'errors.json'), 'w') as f:
        json.dump(errs, f, indent=1, ensure_ascii=False)
    exprs = []
    for s in EXPRS:
        tree = ast.parse(s)
        exprs.append({'src': s, 'dump': ast.dump(tree, include_attributes=True)})
    with open(os.path.join(GOLD, 'exprs.json'), 'w') as f:
        json.dump(exprs, f, indent=1, ensure_ascii=False)
    srcdir = os.path.join(GOLD, 'src')
    for name in sorted(os.listdir(srcdir)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(srcdir, name)
        stem = name[:-3]
        with open(path, 'rb') as fh:
            tree = ast.parse(fh.read())
        with open(os.path.join(GOLD, stem + '.ast.txt'), 'w') as f:
            f.write(ast.dump(tree, include_attributes=True) + '\n')
        with open(os.path.join(GOLD, stem + '.ast_indent.txt'), 'w') as f:
            f.write(ast.dump(tree, indent=2) + '\n')
        for flag, suffix in (([], 'tokens'), (['-e'], 'tokens_e')):
            r = subprocess.run([sys.executable, '-m', 'tokenize', *flag, name], cwd=srcdir, capture_output=True, text=True)
            with open(os.path.join(GOLD, stem + '.' + suffix + '.txt'), 'w') as f:
                f.write(r.stdout)
    print(len(errs), 'error cases,', len(exprs), 'expressions')

main()
