#!/usr/bin/env python3
"""Dump CPython 3.11 code objects to JSON for the VM tests (tests/vm).

Usage: py_code_json.py PROGRAM.py... -o OUTDIR
For each program writes OUTDIR/NAME.code.json (the compiled module code
object, recursively) and OUTDIR/NAME.out.json ({"stdout", "stderr_last",
"rc"} recorded by running the program with python3), so the VM can run
CPython's own bytecode without python3 installed.
"""
import json, os, subprocess, sys, types

CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x20, 0x40, 0x80


def localsplus(co):
    names, kinds = [], []
    for n in co.co_varnames:
        names.append(n)
        kinds.append(CO_FAST_LOCAL | (CO_FAST_CELL if n in co.co_cellvars else 0))
    for n in co.co_cellvars:
        if n not in co.co_varnames:
            names.append(n)
            kinds.append(CO_FAST_CELL)
    for n in co.co_freevars:
        names.append(n)
        kinds.append(CO_FAST_FREE)
    return names, kinds


def const(c):
    if c is None or isinstance(c, (bool, str)):
        return c
    if isinstance(c, int):
        return {"int": str(c)}
    if isinstance(c, float):
        return {"float": repr(c)}
    if isinstance(c, complex):
        return {"complex": [repr(c.real), repr(c.imag)]}
    if isinstance(c, bytes):
        return {"bytes": c.hex()}
    if c is Ellipsis:
        return {"ellipsis": True}
    if isinstance(c, tuple):
        return {"tuple": [const(x) for x in c]}
    if isinstance(c, frozenset):
        return {"frozenset": [const(x) for x in c]}
    if isinstance(c, types.CodeType):
        return {"code": code(c)}
    raise TypeError(type(c))


def code(co):
    names, kinds = localsplus(co)
    return {
        "argcount": co.co_argcount, "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount, "stacksize": co.co_stacksize,
        "flags": co.co_flags, "code": co.co_code.hex(),
        "consts": [const(c) for c in co.co_consts], "names": list(co.co_names),
        "localsplusnames": names, "localspluskinds": kinds,
        "filename": co.co_filename, "name": co.co_name, "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno, "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
    }


def main(argv):
    out = argv[argv.index("-o") + 1]
    progs = [a for a in argv if a.endswith(".py")]
    for p in progs:
        name = os.path.splitext(os.path.basename(p))[0]
        src = open(p, encoding="utf-8").read()
        fname = name + ".py"
        co = compile(src, fname, "exec")
        with open(os.path.join(out, name + ".code.json"), "w") as f:
            json.dump(code(co), f)
        r = subprocess.run([sys.executable, os.path.basename(p)], cwd=os.path.dirname(os.path.abspath(p)), capture_output=True, text=True)
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        with open(os.path.join(out, name + ".out.json"), "w") as f:
            json.dump({"stdout": r.stdout, "stderr": r.stderr, "stderr_last": lines[-1] if lines else "", "rc": r.returncode}, f)


if __name__ == "__main__":
    main(sys.argv[1:])
