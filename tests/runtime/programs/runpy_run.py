# runpy.run_path / run_module over files written to a temporary directory
import os
import sys
import tempfile
import runpy

FILES = {
    'script.py': 'print("script", __name__, __file__, __package__, __spec__, __doc__, __cached__, __loader__)\n'
                 'import sys\nprint(sys.argv[0], sys.modules[__name__].__dict__ is globals())\nRESULT = EXTRA * 2\n',
    'rmod.py': '"""doc"""\nVALUE = 41\nprint("rmod", __name__, __package__, __file__.endswith("rmod.py"))\n',
    'rpkg/__init__.py': '',
    'rpkg/__main__.py': 'print("rpkg main", __name__, __package__)\nWHO = "main"\n',
    'rpkg/sub/__init__.py': 'print("sub", __name__, __package__)\n',
    'rpkg/sub2.py': 'print("sub2", __name__, __package__)\n',
    'appdir/__main__.py': 'import sys\nprint("dirmain", __name__, __file__.endswith("__main__.py"), sys.path[0] == "appdir")\n',
}
tmp = tempfile.mkdtemp()
for name, text in FILES.items():
    path = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
os.chdir(tmp)
sys.path.insert(0, tmp)

g = runpy.run_path('script.py', init_globals={'EXTRA': 21})
print(g['RESULT'], g['__name__'], sorted(k for k in g if k.startswith('__')))
g = runpy.run_path('script.py', {'EXTRA': 1}, run_name='pkg.runner')
print(g['RESULT'], g['__package__'])
g = runpy.run_module('rmod')
print(g['VALUE'], g['__name__'], g['__doc__'], 'rmod' in sys.modules)
g = runpy.run_module('rmod', run_name='__main__', alter_sys=True)
print(g['VALUE'], sys.modules['__main__'].__name__ == '__main__')
g = runpy.run_module('rpkg')
print(g['WHO'], g['__name__'], g['__spec__'].name)
g = runpy.run_module('rpkg.sub2', init_globals={'X': 1})
print(g['X'], g['__package__'])
g = runpy.run_path('appdir')
print(g['__name__'], sorted(runpy.__all__))
for name in ['nosuch', '.rel', 'rpkg.sub', 'rmod.x', 'rpkg.nosuch', 'rmod.py', 'sys']:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    runpy.run_path('missing_file.py')
except OSError as e:
    print(type(e).__name__, e.errno)
g = runpy.run_path('rpkg')
print(g['WHO'])
os.makedirs('empty')
try:
    runpy.run_path('empty')
except ImportError as e:
    print(type(e).__name__, e)
import shutil
os.chdir(os.path.dirname(tmp))
shutil.rmtree(tmp)
