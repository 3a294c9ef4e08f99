import configparser
import io
c = configparser.ConfigParser()
c.read_string('''
[DEFAULT]
base = /opt
debug = no

[server]
host = example.com
port: 8080
path = %(base)s/srv
Timeout = 2.5
multi = first
  second line

[empty]
; comment
# another
''')
print(c.sections(), c.has_section('server'), c.options('server'), len(c), list(c))
print(c.get('server', 'host'), c.getint('server', 'port'), c.getfloat('server', 'timeout'), c.getboolean('server', 'debug'), c.get('server', 'path'), repr(c.get('server', 'multi')))
print(c['server']['port'], 'host' in c['server'], dict(c['empty']), list(c['server'].keys()), c['server'].getint('port'), c['DEFAULT']['base'])
print(c.get('server', 'missing', fallback='fb'), c.get('server', 'path', raw=True), c.get('server', 'path', vars={'base': '/x'}))
print(c.items('server'))
for bad in [lambda: c.get('nosec', 'x'), lambda: c.get('server', 'nope'), lambda: configparser.ConfigParser().read_string('[a]\nx=1\n[a]\n'),
            lambda: configparser.ConfigParser().read_string('k=1\n'), lambda: configparser.ConfigParser().read_string('[s]\njunk line\nk=v\n'),
            lambda: configparser.ConfigParser().read_string('[s]\na=1\na=2\n'), lambda: c.set('server', 'bad', '%x'),
            lambda: c.getboolean('server', 'host')]:
    try:
        bad()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
bad_ref = configparser.ConfigParser()
bad_ref.read_string('[s]\np = %(nope)s/x\n')
try:
    bad_ref.get('s', 'p')
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e)
c.add_section('new')
c.set('new', 'k', 'v')
c['new2'] = {'a': '1', 'B': 2}
del c['server']['timeout']
out = io.StringIO()
c.write(out)
print(out.getvalue())
raw = configparser.RawConfigParser()
raw.read_dict({'x': {'pct': '100%', 'n': 3}})
print(raw.get('x', 'pct'), raw.items('x'), raw.remove_section('x'), raw.sections())
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[paths]\nroot = /r\nbin = ${root}/bin\n[other]\nlib = ${paths:root}/lib\n')
print(ext.get('paths', 'bin'), ext.get('other', 'lib'))
novalue = configparser.ConfigParser(allow_no_value=True)
novalue.read_string('[mysqld]\nskip-bdb\nport = 1\n')
print(novalue.get('mysqld', 'skip-bdb'), novalue.items('mysqld'))
