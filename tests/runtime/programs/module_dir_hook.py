# dir(module) calls a module-level __dir__ (PEP 562); module __getattr__.
import os, sys, tempfile
tmp = tempfile.TemporaryDirectory()
with open(os.path.join(tmp.name, 'modx_pep562.py'), 'w') as f:
    f.write('''def __getattr__(name):
    if name == 'lazy': return 'lazy value'
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__(): return ['lazy', 'zzz']
x = 1
''')
sys.path.insert(0, tmp.name)
import modx_pep562 as modx
print(modx.lazy, dir(modx), modx.x)
try: modx.nothing
except AttributeError as e: print(e)
from modx_pep562 import lazy; print(lazy)
import types
m = types.ModuleType('dyn', 'doc'); m.a = 1; print(m, m.__doc__, m.a, list(vars(m).keys()), dir(m))
sys.path.remove(tmp.name)
tmp.cleanup()
