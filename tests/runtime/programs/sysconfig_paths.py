import sysconfig, sys, os
print(sysconfig.get_python_version(), sysconfig.get_platform() == sys.platform + '-' + os.uname().machine, sysconfig.get_scheme_names(), sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme('user'), sysconfig.get_preferred_scheme('home'), sysconfig.get_preferred_scheme('prefix'), sysconfig.is_python_build())
print(sysconfig.get_path_names())
for s in sysconfig.get_scheme_names():
    print(s, sysconfig.get_paths(s, expand=False))
V = {'base': 'B', 'platbase': 'P', 'installed_base': 'I', 'installed_platbase': 'IP', 'userbase': 'U'}
for s in sysconfig.get_scheme_names():
    print(s, sysconfig.get_paths(s, vars=dict(V)))
print(sysconfig.get_path('purelib', vars={'base': 'x/y/..'}), sysconfig.get_path('stdlib', 'posix_prefix', expand=False))
paths = sysconfig.get_paths()
print(paths['purelib'].startswith(sys.prefix), paths['scripts'] == os.path.join(sys.prefix, 'bin'), sorted(paths))
print(sysconfig.get_path('stdlib') == os.path.join(sys.base_prefix, sys.platlibdir, 'python3.11'))
for bad in [lambda: sysconfig.get_paths('bogus'), lambda: sysconfig.get_path('bogus'), lambda: sysconfig.get_preferred_scheme('x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
cv = sysconfig.get_config_vars()
print(cv['prefix'] == sys.prefix, cv['exec_prefix'] == sys.exec_prefix, cv['base'] == sys.prefix, cv['installed_base'] == sys.base_prefix)
for v in ['VERSION', 'py_version_short', 'py_version_nodot', 'abiflags', 'platlibdir', 'py_version_nodot_plat', 'Py_DEBUG', 'nosuchvar']:
    print(v, repr(sysconfig.get_config_var(v)))
print(sysconfig.get_config_vars('VERSION', 'nosuch'), sysconfig.get_config_var('py_version') == sys.version.split()[0])
print(sysconfig.get_config_var('userbase') == os.path.expanduser('~/.local'), sysconfig.get_config_var('BINDIR') == os.path.join(sys.exec_prefix, 'bin'))
print(sysconfig.expand_makefile_vars('$(A)/x/${B}/$(C)', {'A': 'a', 'B': '$(A)b', 'C': '${A}'}))
try: sysconfig.expand_makefile_vars('$(Q)', {})
except TypeError as e: print(e)
print(sys.platlibdir)
try: sysconfig.get_paths('posix_prefix', vars={'base': 'b'}) and sysconfig.get_path('stdlib', vars={'installed_base': '{nope}'})
except Exception as e: print(type(e).__name__, e)
