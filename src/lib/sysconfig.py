"""Access to Python's configuration information (CPython's sysconfig).

tspy's own implementation. The installation schemes and their path
templates are CPython 3.11's; the paths are filled in from tspy's sys
values (sys.prefix, sys.exec_prefix, sys.base_prefix, sys.platlibdir). The
configuration variables are the ones derivable without a Makefile (the
lowercase scheme variables and a few others); any other name gives None.

Not supported (NotImplementedError): get_makefile_filename,
get_config_h_filename and parse_config_h (tspy has no build files).
"""

import os
import sys
from os.path import pardir, realpath

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]


def _scheme(stdlib, platstdlib, purelib, platlib, include, platinclude, scripts, data):
    d = {'stdlib': stdlib, 'platstdlib': platstdlib, 'purelib': purelib,
         'platlib': platlib, 'include': include}
    if platinclude is not None:
        d['platinclude'] = platinclude
    d['scripts'] = scripts
    d['data'] = data
    return d


_PY = 'python{py_version_short}'
_POSIX = _scheme('{installed_base}/{platlibdir}/' + _PY, '{platbase}/{platlibdir}/' + _PY,
                 '{base}/lib/' + _PY + '/site-packages',
                 '{platbase}/{platlibdir}/' + _PY + '/site-packages',
                 '{installed_base}/include/' + _PY + '{abiflags}',
                 '{installed_platbase}/include/' + _PY + '{abiflags}',
                 '{base}/bin', '{base}')
_NT = _scheme('{installed_base}/Lib', '{base}/Lib', '{base}/Lib/site-packages',
              '{base}/Lib/site-packages', '{installed_base}/Include',
              '{installed_base}/Include', '{base}/Scripts', '{base}')
_NT_USER_DIR = '{userbase}/Python{py_version_nodot_plat}'

_INSTALL_SCHEMES = {
    'posix_prefix': _POSIX,
    'posix_home': _scheme('{installed_base}/lib/python', '{base}/lib/python', '{base}/lib/python',
                          '{base}/lib/python', '{installed_base}/include/python',
                          '{installed_base}/include/python', '{base}/bin', '{base}'),
    'nt': _NT,
    'posix_venv': dict(_POSIX),
    'nt_venv': dict(_NT),
    'nt_user': _scheme(_NT_USER_DIR, _NT_USER_DIR, _NT_USER_DIR + '/site-packages',
                       _NT_USER_DIR + '/site-packages', _NT_USER_DIR + '/Include', None,
                       _NT_USER_DIR + '/Scripts', '{userbase}'),
    'posix_user': _scheme('{userbase}/{platlibdir}/' + _PY, '{userbase}/{platlibdir}/' + _PY,
                          '{userbase}/lib/' + _PY + '/site-packages',
                          '{userbase}/lib/' + _PY + '/site-packages',
                          '{userbase}/include/' + _PY, None, '{userbase}/bin', '{userbase}'),
    'osx_framework_user': _scheme('{userbase}/lib/python', '{userbase}/lib/python',
                                  '{userbase}/lib/python/site-packages',
                                  '{userbase}/lib/python/site-packages',
                                  '{userbase}/include/' + _PY, None, '{userbase}/bin',
                                  '{userbase}'),
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]

_CONFIG_VARS = None


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    if os.name == "nt":
        base = os.environ.get("APPDATA") or "~"
        return os.path.expanduser(os.path.join(base, "Python"))
    return os.path.expanduser("~/.local")


def _in_venv():
    return sys.prefix != sys.base_prefix


def get_default_scheme():
    """The scheme of the running interpreter (venv inside a virtual environment)."""
    if _in_venv():
        return 'venv'
    return 'nt' if os.name == 'nt' else 'posix_prefix'


def get_preferred_scheme(key):
    """The scheme for installs of kind `key`: 'prefix', 'home' or 'user'."""
    if key == 'prefix' and _in_venv():
        return 'venv'
    if os.name == 'nt':
        schemes = {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    else:
        schemes = {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}
    scheme = schemes[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {scheme!r}, which is not a valid scheme on this platform")
    return scheme


def _init_config_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(sys.base_prefix)
    base_exec_prefix = os.path.normpath(getattr(sys, 'base_exec_prefix', sys.exec_prefix))
    platlibdir = getattr(sys, 'platlibdir', 'lib')
    projectbase = os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd()
    v = {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'installed_base': base_prefix,
        'base': prefix,
        'installed_platbase': base_exec_prefix,
        'platbase': exec_prefix,
        'projectbase': projectbase,
        'platlibdir': platlibdir,
        'abiflags': getattr(sys, 'abiflags', ''),
        'py_version_nodot_plat': getattr(sys, 'winver', '').replace('.', '') if os.name == 'nt' else '',
        'userbase': _getuserbase(),
        'srcdir': projectbase,
        'VERSION': _PY_VERSION_SHORT,
        'Py_DEBUG': 0,
        'SIZEOF_VOID_P': 8,
        'BINDIR': os.path.join(exec_prefix, 'bin'),
        'LIBDIR': os.path.join(exec_prefix, platlibdir),
        'LIBDEST': os.path.join(prefix, platlibdir, 'python' + _PY_VERSION_SHORT),
        'BINLIBDEST': os.path.join(exec_prefix, platlibdir, 'python' + _PY_VERSION_SHORT),
        'INCLUDEPY': os.path.join(prefix, 'include', 'python' + _PY_VERSION_SHORT),
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    }
    return v


def get_config_vars(*args):
    """With no arguments, a dict of all configuration variables; with names,
    the list of their values (None for an unknown name)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable, or None."""
    return get_config_vars().get(name)


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{var}') from None


def _expand_vars(scheme, vars):
    merged = {} if vars is None else vars
    for key, value in get_config_vars().items():
        merged.setdefault(key, value)
    res = {}
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, merged))
    return res


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths of a scheme."""
    return _SCHEME_KEYS


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The paths of `scheme` (name -> path); with expand=False, the templates."""
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One path of `scheme` (see get_paths)."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """'MAJOR.MINOR' of the running Python."""
    return _PY_VERSION_SHORT


def is_python_build(check_home=False):
    """Whether this Python runs from its build directory (never for tspy)."""
    return False


def get_platform():
    """A string naming the platform, as in 'linux-x86_64'."""
    if os.name == 'nt':
        machine = os.environ.get('PROCESSOR_ARCHITECTURE', '').lower()
        return {'amd64': 'win-amd64', 'arm64': 'win-arm64', 'x86': 'win32'}.get(machine, sys.platform)
    if "_PYTHON_HOST_PLATFORM" in os.environ:
        return os.environ["_PYTHON_HOST_PLATFORM"]
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == "linux":
        return f"{osname}-{machine}"
    if osname == "darwin":
        import platform
        mac_release = platform.mac_ver()[0] or release
        return f"macosx-{'.'.join(mac_release.split('.')[:2])}-{machine}"
    return f"{osname}-{release}-{machine}"


def expand_makefile_vars(s, vars):
    """Replace $(NAME) (first) and ${NAME} in `s` by vars[NAME], again and
    again until none is left; the values must be str."""
    import re
    paren = re.compile(r'\$\(([A-Za-z][A-Za-z0-9_]*)\)')
    brace = re.compile(r'\$\{([A-Za-z][A-Za-z0-9_]*)\}')
    while True:
        m = paren.search(s) or brace.search(s)
        if not m:
            return s
        s = s[:m.start()] + vars.get(m.group(1)) + s[m.end():]


def get_makefile_filename():
    raise NotImplementedError("sysconfig.get_makefile_filename is not supported by tspy (no build files)")


def get_config_h_filename():
    raise NotImplementedError("sysconfig.get_config_h_filename is not supported by tspy (no build files)")


def parse_config_h(fp, vars=None):
    raise NotImplementedError("sysconfig.parse_config_h is not supported by tspy (no build files)")
