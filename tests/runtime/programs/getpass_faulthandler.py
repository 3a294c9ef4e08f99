import getpass, faulthandler, sys, os
print(getpass.getuser() == (os.environ.get('LOGNAME') or os.environ.get('USER') or getpass.getuser()))
print(faulthandler.is_enabled()); faulthandler.enable(); print(faulthandler.is_enabled()); faulthandler.disable(); print(faulthandler.is_enabled())
try:
    pw = getpass.getpass('PW? ')
    print('got', repr(pw))
except EOFError:
    print('EOF')
