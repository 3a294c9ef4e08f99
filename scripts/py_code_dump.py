#!/usr/bin/env python3
"""Dump CPython 3.11 code objects (depth-first) of .py files as JSON lines, for stdlib_compare.mjs.

Each line: {"file": path, "error": str|null, "codes": [{"name", "qualname", "code": hex,
"stacksize", "flags", "names", "localsplus", "linetable": hex, "exctable": hex, "nconsts"}...]}
Usage: py_code_dump.py FILE... > out.jsonl   (or --stdlib to walk the installed standard library)
"""
import json, os, sys, sysconfig

def codes(co, out):
    out.append({
        "name": co.co_name, "qualname": co.co_qualname, "code": co.co_code.hex(),
        "stacksize": co.co_stacksize, "flags": co.co_flags, "names": list(co.co_names),
        "localsplus": list(co.co_varnames) + [c for c in co.co_cellvars if c not in co.co_varnames] + list(co.co_freevars),
        "linetable": co.co_linetable.hex(), "exctable": co.co_exceptiontable.hex(),
        "nconsts": len(co.co_consts), "argcount": co.co_argcount,
    })
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            codes(c, out)

def files(argv):
    if argv and argv[0] == "--stdlib":
        root = sysconfig.get_paths()["stdlib"]
        for d, dirs, fs in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
            for f in sorted(fs):
                if f.endswith(".py"):
                    yield os.path.join(d, f)
    else:
        yield from argv

for path in files(sys.argv[1:]):
    rec = {"file": path, "error": None, "codes": []}
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        codes(compile(src, path, "exec", dont_inherit=True), rec["codes"])
    except Exception as e:
        rec["error"] = type(e).__name__
    sys.stdout.write(json.dumps(rec) + "\n")
