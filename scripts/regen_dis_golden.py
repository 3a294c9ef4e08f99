#!/usr/bin/env python3
"""Regenerate tests/compiler/golden/*.dis: `python3 -m dis` output for every snippet in
tests/compiler/snippets/, with code-object addresses normalised to 0xADDR.
Also records tests/compiler/golden/*.ast.json (CPython's AST via py_ast_json.py) so the
compiler can be tested independently of our parser.  Run from the repository root."""
import os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIP = os.path.join("tests", "compiler", "snippets")
GOLD = os.path.join(ROOT, "tests", "compiler", "golden")
os.makedirs(GOLD, exist_ok=True)
for name in sorted(os.listdir(os.path.join(ROOT, SNIP))):
    if not name.endswith(".py"):
        continue
    rel = os.path.join(SNIP, name).replace(os.sep, "/")
    out = subprocess.run([sys.executable, "-m", "dis", rel], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    out = re.sub(r"0x[0-9a-f]+", "0xADDR", out)
    with open(os.path.join(GOLD, name[:-3] + ".dis"), "w") as f:
        f.write(out)
    js = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "py_ast_json.py"), rel], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    with open(os.path.join(GOLD, name[:-3] + ".ast.json"), "w") as f:
        f.write(js)
print("ok")
