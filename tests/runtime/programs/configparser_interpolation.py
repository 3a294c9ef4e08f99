import configparser
c = configparser.ConfigParser()
c.read_string('[s]\na = 1%%\nb = %(a)s-%(a)s\nbad = %x\nloop = %(loop)s\n')
print(c.get('s', 'a'), c.get('s', 'b'))
for o in ('bad', 'loop'):
    try:
        c.get('s', o)
    except configparser.Error as e:
        print(type(e).__name__, e)
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[a]\nx = 1$$\ny = ${x}/${b:z}\nw = ${b:nope}\nv = ${a:b:c}\nu = $q\n[b]\nz = ${a:x}!\n')
print(e.get('a', 'x'), e.get('a', 'y'))
for o in ('w', 'v', 'u'):
    try:
        e.get('a', o)
    except configparser.Error as ex:
        print(type(ex).__name__, ex)
try:
    e.set('a', 'k', 'bad $x')
except ValueError as ex:
    print(ex)
