# importlib.util and importlib.machinery: loading a module from a file by hand.
import importlib
import importlib.util
import importlib.machinery
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "plugin.py")
    with open(path, "w") as f:
        f.write("NAME = 'plugin'\ndef hello(who):\n    return f'hello {who} from {__name__}'\n")
    spec = importlib.util.spec_from_file_location("my_plugin", path)
    print(spec.name, spec.origin == path, spec.has_location, spec.parent, spec.submodule_search_locations)
    print(type(spec.loader).__name__, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
    mod = importlib.util.module_from_spec(spec)
    print("my_plugin" in sys.modules, mod.__name__, mod.__file__ == path, mod.__spec__ is spec)
    spec.loader.exec_module(mod)
    print(mod.NAME, mod.hello("tests"))
    pkg = os.path.join(d, "pkg")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("X = 1\n")
    pspec = importlib.util.spec_from_file_location("pkg", os.path.join(pkg, "__init__.py"))
    print(pspec.submodule_search_locations == [pkg], pspec.parent)
    sys.path.insert(0, d)
    s = importlib.util.find_spec("plugin")
    print(s.name, s.origin == path, s.submodule_search_locations)
    print(importlib.util.find_spec("pkg").submodule_search_locations == [pkg])
    sys.path.pop(0)

print(importlib.util.find_spec("json.decoder").name, importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("math") is not None, importlib.util.find_spec("json").submodule_search_locations is not None)
print(importlib.util.resolve_name(".decoder", "json"), importlib.util.resolve_name("..x", "a.b.c"))
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.util.find_spec("math.nope")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(importlib.util.source_from_cache("/a/__pycache__/m.cpython-311.pyc"))
print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())
