"""Utilities to support packages (CPython's pkgutil).

tspy's own implementation over importlib.machinery.FileFinder: listing the
modules of directories (iter_modules, walk_packages), package data
(get_data), namespace-style __path__ extension (extend_path), name
resolution (resolve_name) and importer/loader lookup.

Not supported (NotImplementedError): read_code (tspy's caches are not
CPython's .pyc files). The deprecated ImpImporter/ImpLoader and zipimport
listing are not provided.
"""

import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
from collections import namedtuple
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    raise NotImplementedError("pkgutil.read_code is not supported by tspy (no CPython .pyc files)")


def walk_packages(path=None, prefix='', onerror=None):
    """Yield ModuleInfo for all modules under `path` (or sys.path),
    recursively: each package found is imported to walk its __path__."""
    seen_paths = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                sub = getattr(sys.modules[info.name], '__path__', None) or []
                fresh = []
                for p in sub:
                    if p not in seen_paths:
                        seen_paths.add(p)
                        fresh.append(p)
                yield from walk(fresh, info.name + '.')

    yield from walk(path, prefix)


def iter_modules(path=None, prefix=''):
    """Yield ModuleInfo for the top-level modules of the directories in
    `path` (a list; sys.path when None), each name once."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(importer, name, ispkg)


def _is_package_dir(path):
    import inspect
    try:
        names = os.listdir(path)
    except OSError:
        return False
    return any(inspect.getmodulename(n) == '__init__' for n in names)


def _iter_file_finder_modules(importer, prefix=''):
    import inspect
    if importer.path is None or not os.path.isdir(importer.path):
        return
    try:
        filenames = sorted(os.listdir(importer.path))
    except OSError:
        return
    yielded = set()
    for fn in filenames:
        modname = inspect.getmodulename(fn)
        if modname == '__init__' or modname in yielded:
            continue
        ispkg = False
        if not modname:
            path = os.path.join(importer.path, fn)
            if '.' in fn or not os.path.isdir(path) or not _is_package_dir(path):
                continue
            modname = fn
            ispkg = True
        if '.' not in modname:
            yielded.add(modname)
            yield prefix + modname, ispkg


def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) pairs for the modules `importer` can find."""
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_file_finder_modules(importer, prefix)
    if hasattr(importer, 'iter_modules'):
        return importer.iter_modules(prefix)
    return []


def get_importer(path_item):
    """The finder for one sys.path entry (cached in sys.path_importer_cache),
    or None when the entry is not a directory any hook accepts."""
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except KeyError:
        pass
    hooks = list(sys.path_hooks) or [importlib.machinery.FileFinder.path_hook()]
    for hook in hooks:
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, importer)
        return importer
    return None


def iter_importers(fullname=""):
    """The finders for `fullname`: sys.meta_path's, then those of sys.path
    (or of the parent package's __path__ for a dotted name)."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        importer = get_importer(item)
        if importer is not None:
            yield importer


def get_loader(module_or_name):
    """The loader of a module (or module name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader for the module `fullname`, or None."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """Extend a package's __path__ with the directories of the same name
    found along sys.path (or the parent package's __path__), and with the
    lines of NAME.pkg files there."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + ".pkg"
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for entry in search_path:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None and hasattr(finder, 'find_spec'):
            spec = finder.find_spec(final_name)
            for portion in (spec.submodule_search_locations or []) if spec is not None else []:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(entry, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of `resource` (a '/'-separated path relative to the
    package's directory), importing the package; None when the package has
    no loader able to read data."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object named by 'pkg.mod:obj.attr' or 'pkg.mod.obj.attr' (the
    longest importable prefix is the module in the second form)."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted_words = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted_words})(?P<cln>:(?P<obj>{dotted_words})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        obj = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                obj = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = obj
    for p in parts:
        result = getattr(result, p)
    return result
