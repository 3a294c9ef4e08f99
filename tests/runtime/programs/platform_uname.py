# platform: facts about the machine and the interpreter (only the stable ones are printed).
import platform
import sys

print(platform.system(), platform.machine() != '', platform.release() != '', platform.node() != '')
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple()[:2])
print(platform.architecture())
u = platform.uname()
print(u.system, len(u), u[0] == u.system, type(u).__name__, u._fields)
system, node, release, version, machine, processor = u
print(system == platform.system(), machine == platform.machine())
print(platform.platform(terse=True).startswith(platform.system()), platform.platform().startswith('Linux-'))
import os
print(type(os.uname()).__name__, os.uname().sysname == platform.system())
