"""tspy's own `importlib.machinery`: module specs and the loaders that
`importlib.util` hands out (CPython 3.11 API, the parts programs use to load
modules by hand). tspy's own import system is native; these classes load
source files through compile() and exec()."""
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module can have."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-related state of a module: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                from importlib.util import cache_from_source
                try:
                    self._cached = cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Meta path finder and loader of the modules built into the interpreter."""

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @classmethod
    def create_module(cls, spec):
        import importlib
        return importlib.import_module(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass


class FileLoader:
    """Loads a module from a file: get_filename, get_data, exec_module."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        import os
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        """Use the default module creation."""

    def get_code(self, fullname):
        source = self.get_data(self.get_filename(fullname))
        return compile(source, self.get_filename(fullname), 'exec', dont_inherit=True)

    def get_source(self, fullname):
        import io
        data = self.get_data(self.get_filename(fullname))
        return io.TextIOWrapper(io.BytesIO(data), encoding='utf-8', newline=None).read()

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Load and return the module (deprecated: use exec_module)."""
        import importlib.util
        spec = importlib.util.spec_from_file_location(fullname, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceFileLoader(FileLoader):
    """Loads a module from a Python source file."""

    def __repr__(self):
        return '<_frozen_importlib_external.SourceFileLoader object at %#x>' % id(self)

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class SourcelessFileLoader(FileLoader):
    """Loads a module from a bytecode file (not supported: tspy's caches are not CPython's)."""

    def get_code(self, fullname):
        raise NotImplementedError('loading CPython .pyc files (SourcelessFileLoader) is not supported by tspy')


def _source_spec(fullname, directory):
    """The spec of `fullname`'s last part in `directory`: a package (its
    __init__.py) or a .py module, else None."""
    import os
    base = os.path.join(directory, fullname.rpartition('.')[2])
    init = os.path.join(base, '__init__.py')
    if os.path.isfile(init):
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init, is_package=True)
        spec.submodule_search_locations = [base]
    elif os.path.isfile(base + '.py'):
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, base + '.py'), origin=base + '.py')
    else:
        return None
    spec.has_location = True
    return spec


class FileFinder:
    """Finds modules, packages and namespace portions in one directory."""

    def __init__(self, path, *loader_details):
        import os
        self.path = os.getcwd() if not path or path == '.' else os.path.abspath(path)
        self._loaders = loader_details

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        """The spec of `fullname`'s last part in this directory, or None."""
        spec = _source_spec(fullname, self.path)
        if spec is None:
            import os
            base = os.path.join(self.path, fullname.rpartition('.')[2])
            if os.path.isdir(base):
                # A directory without __init__.py: a namespace package portion.
                spec = ModuleSpec(fullname, None)
                spec.submodule_search_locations = [base]
        return spec

    @classmethod
    def path_hook(cls, *loader_details):
        """A sys.path_hooks entry making a FileFinder for a directory."""
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path or '.'):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


class PathFinder:
    """Finds modules on sys.path (or a package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        for entry in path:
            if isinstance(entry, str):
                spec = _source_spec(fullname, entry or '.')
                if spec is not None:
                    return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass
