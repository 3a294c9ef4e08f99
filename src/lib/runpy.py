"""Locate and run Python code through the module namespace (CPython's runpy).

tspy's own implementation: run_module() finds a module (a package runs its
__main__ submodule) and run_path() a script file or a directory holding
__main__.py, and both execute the source in a fresh namespace with the
module globals CPython sets (__name__, __file__, __cached__, __loader__,
__package__, __spec__, __doc__).
"""

import sys
import os
import importlib.util
from types import ModuleType

__all__ = ["run_module", "run_path"]


class _TempModule:
    """sys.modules[name] is a fresh module while the block runs."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = ModuleType(mod_name)
        self._saved_module = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved_module.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0:
    """sys.argv[0] is `value` while the block runs."""

    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Execute `code` in `run_globals` after setting the module globals; return it."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = getattr(mod_spec, 'cached', None)
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached,
                       __doc__=None, __loader__=loader, __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Run `code` as a temporary module in sys.modules (with sys.argv[0] set
    to its file); return a copy of its globals."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _source_code(path, filename):
    with open(path, 'rb') as f:
        source = f.read()
    return compile(source, filename, 'exec', dont_inherit=True)


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed"
                         % (e, mod_name)))
    origin = spec.origin
    if origin is None or origin in ('built-in', 'frozen') or not os.path.isfile(origin):
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, _source_code(origin, origin)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; return the resulting
    module globals dictionary."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at the file or directory `path_name`; return the
    resulting module globals dictionary."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fsdecode(path_name)
    if not os.path.isdir(path_name):
        code = _source_code(os.path.abspath(path_name), path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                                script_name=path_name)
    main_file = os.path.join(os.path.abspath(path_name), "__main__.py")
    if not os.path.isfile(main_file):
        raise ImportError("can't find '__main__' module in %r" % path_name)
    spec = importlib.util.spec_from_file_location("__main__", main_file)
    code = _source_code(main_file, main_file)
    sys.path.insert(0, path_name)
    try:
        return _run_module_code(code, init_globals, run_name, spec, pkg_name)
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
