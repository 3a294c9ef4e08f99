"""Run a test program under CPython with tspy's src/lib modules substituted.

usage: python3 tests/lib/cpython_check.py PROGRAM.py [MODULE ...]
Each MODULE (default: every src/lib/*.py the program imports) is loaded from
src/lib and installed in sys.modules before the program runs, so the program's
output can be compared with the same program run against CPython's own module.
"""
import importlib.util
import os
import re
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'lib')


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(LIB, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def main():
    prog = sys.argv[1]
    src = open(prog).read()
    names = sys.argv[2:]
    if not names:
        avail = {f[:-3] for f in os.listdir(LIB) if f.endswith('.py')}
        found = set(re.findall(r'^\s*(?:import|from)\s+(\w+)', src, re.M))
        names = sorted(avail - {'re', 'typing', 'enum', 'types', 'abc', 'warnings', 'contextlib'} | (found & avail))
    class Finder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name in names:
                return importlib.util.spec_from_file_location(name, os.path.join(LIB, name + '.py'))
            return None
    for n in names:
        sys.modules.pop(n, None)
    sys.meta_path.insert(0, Finder)
    for n in names:
        if n not in sys.modules:
            __import__(n)
    sys.argv = [prog]
    code = compile(src, prog, 'exec')
    exec(code, {'__name__': '__main__', '__file__': prog})


main()
