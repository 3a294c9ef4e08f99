#!/usr/bin/env python3
"""Print CPython's ast.parse of a file (or -c CODE) as JSON in tspy's AST representation.

Nodes: {"_type": Name, <fields in order>, lineno, col_offset, end_lineno, end_col_offset}.
Constants (src/bytecode/constants.ts): int -> {"$int": "123"}, float -> {"$float": "1.5"},
complex -> {"$complex": [re, im]} (as repr strings), bytes -> {"$bytes": "<hex>"},
Ellipsis -> {"$ellipsis": true}, tuple -> {"$tuple": [...]}, frozenset -> {"$frozenset": [...]},
str/bool/None as JSON.  Usage: py_ast_json.py FILE [--mode exec|eval|single] | -c CODE
"""
import ast, json, sys

def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": repr(v)}
    if isinstance(v, complex):
        return {"$complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes):
        return {"$bytes": v.hex()}
    if v is Ellipsis:
        return {"$ellipsis": True}
    if isinstance(v, tuple):
        return {"$tuple": [const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"$frozenset": [const(x) for x in v]}
    raise TypeError(type(v))

def conv(n):
    if isinstance(n, ast.AST):
        d = {"_type": type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
                d[f] = const(v)
            else:
                d[f] = conv(v)
        for a in n._attributes:
            if hasattr(n, a):
                d[a] = getattr(n, a)
        return d
    if isinstance(n, list):
        return [conv(x) for x in n]
    return n

def main(argv):
    mode = "exec"
    if "--mode" in argv:
        i = argv.index("--mode"); mode = argv[i + 1]; del argv[i:i + 2]
    if argv[0] == "-c":
        src, fn = argv[1], "<string>"
    else:
        fn = argv[0]
        with open(fn, "rb") as f:
            src = f.read()
    tree = ast.parse(src, fn, mode)
    sys.stdout.write(json.dumps(conv(tree)))

if __name__ == "__main__":
    main(sys.argv[1:])
