# pkgutil over packages written to a temporary directory
import os
import sys
import tempfile
import pkgutil

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

def show(x):
    return repr(x).replace(os.getcwd(), 'CWD')
print(show(pkgutil.get_importer('rpkg')), show(pkgutil.get_importer('')), show(pkgutil.get_importer('.')), pkgutil.get_importer('nonexist'), pkgutil.get_importer('rmod.py'))
for m in pkgutil.iter_modules(['rpkg', 'appdir']): print(show(m))
print(show(list(pkgutil.iter_modules(['rpkg'], prefix='rpkg.'))))
print(show([m for m in pkgutil.walk_packages(['.']) ]))
import rpkg
print(pkgutil.get_data('rpkg', 'sub2.py'), pkgutil.get_data('rpkg', '__init__.py'))
print(show(pkgutil.extend_path(['x'], 'rpkg')), pkgutil.extend_path(('t',), 'rpkg'))
print(pkgutil.resolve_name('os.path:join') is os.path.join, pkgutil.resolve_name('os.path.join') is os.path.join, pkgutil.resolve_name('collections.abc:Mapping.get').__qualname__)
for n in ['nosuchmod', 'os:nosuch', 'os.nosuch', '1bad', 'os.path:']:
    try: print(pkgutil.resolve_name(n).__name__)
    except Exception as e: print(type(e).__name__, e)
m = pkgutil.ModuleInfo(None, 'x', False); print(m, m._fields)
f = pkgutil.get_importer('rpkg'); print(show(f.path), f.find_spec('sub2').name, f.find_spec('sub').submodule_search_locations == [os.path.join(f.path, 'sub')], f.find_spec('nope'))
print(pkgutil.get_data('nosuchpkg', 'x'))
try: list(pkgutil.iter_modules('rpkg'))
except ValueError as e: print(e)
print(pkgutil.get_loader('rmod') is not None, pkgutil.find_loader('nosuchmod'))
import inspect
print(inspect.getmodulename('a/b/c.py'), inspect.getmodulename('x.txt'), inspect.getmodulename('q.pyc'))
import shutil
os.chdir(os.path.dirname(tmp))
shutil.rmtree(tmp)
