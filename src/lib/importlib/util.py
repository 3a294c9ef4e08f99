"""tspy's own `importlib.util`: find_spec, spec_from_file_location,
module_from_spec and the helpers around them (CPython 3.11 API), for
programs that load modules by hand."""
import sys
import types

from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, PathFinder

# tspy's caches have a format of their own; this is the magic number of its header.
MAGIC_NUMBER = (24006).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """The absolute name of the module `name` (which may be relative) in `package`."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def _builtin_names():
    import importlib
    return set(sys.builtin_module_names) | set(importlib._tspy_native_modules)


def _find_spec_unloaded(name, parent_path):
    if parent_path is None and name in _builtin_names():
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    return PathFinder.find_spec(name, parent_path)


def find_spec(name, package=None):
    """The spec of the module `name` (relative to `package` if it starts
    with a dot): from sys.modules if it is imported, else by searching the
    path; None if there is no such module."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            spec = _spec_of_loaded(module, fullname)
            if spec is None:
                raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find_spec_unloaded(fullname, parent_path)


def _spec_of_loaded(module, name):
    """A spec for a module tspy imported (its modules carry no __spec__)."""
    file = getattr(module, '__file__', None)
    if file is None:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    path = getattr(module, '__path__', None)
    spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file, is_package=path is not None)
    if path is not None:
        spec.submodule_search_locations = list(path)
    spec.has_location = True
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for `loader` (its get_filename gives the origin if it has one)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if hasattr(loader, 'get_filename') and origin is None:
        return spec_from_file_location(name, loader=loader)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module `name` in the file `location` (a source file)."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = os.path.split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def module_from_spec(spec):
    """A new module for `spec`, with its import attributes set (its code is
    not run: spec.loader.exec_module(module) does that)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    if getattr(module, '__spec__', None) is None or module.__spec__ is not spec:
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
    for attr, value in (('__loader__', spec.loader), ('__package__', spec.parent)):
        if getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except AttributeError:
                pass
    if spec.submodule_search_locations is not None:
        try:
            module.__path__ = spec.submodule_search_locations
        except AttributeError:
            pass
    if spec.has_location:
        try:
            module.__file__ = spec.origin
        except AttributeError:
            pass
        cached = spec.cached
        if cached is not None:
            try:
                module.__cached__ = cached
            except AttributeError:
                pass
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the cache file of the source file `path` (tspy's cache tag)."""
    import os
    head, tail = os.path.split(os.fspath(path))
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost = ''.join([(base if base else rest), sep, tag])
    if optimization:
        almost = f'{almost}.opt-{optimization}'
    filename = almost + BYTECODE_SUFFIX
    prefix = sys.pycache_prefix
    if prefix is not None:
        if not os.path.isabs(head):
            head = os.path.join(os.getcwd(), head)
        return os.path.join(prefix, head.lstrip(os.sep), filename)
    return os.path.join(head, '__pycache__', filename)


BYTECODE_SUFFIX = '.pyc'


def source_from_cache(path):
    """The path of the source file a cache file at `path` was made from."""
    import os
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + '.py')


def source_hash(source_bytes):
    """The hash of a source file's bytes that hash-based cache files record."""
    raise NotImplementedError('importlib.util.source_hash (CPython\'s SipHash of pyc files) is not supported by tspy')


def decode_source(source_bytes):
    """Decode bytes of Python source as the compiler would (PEP 263, universal newlines)."""
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    return io.TextIOWrapper(io.BytesIO(source_bytes), encoding=encoding, newline=None).read()


class LazyLoader:
    """Not supported: modules are loaded eagerly."""

    def __init__(self, loader):
        raise NotImplementedError('importlib.util.LazyLoader is not supported by tspy')
