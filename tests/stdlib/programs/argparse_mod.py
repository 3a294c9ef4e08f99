import argparse
import sys

p = argparse.ArgumentParser(prog='prog', description='Process some integers and do a lot of other things that make this line long enough to wrap around.', epilog='The end.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['a', 'b'], default='a', help='mode %(default)s')
p.add_argument('-o', '--output-file-with-long-name', metavar='PATH', help='where to write the output of this program when it finishes')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-x', dest='x', action='store_false')
p.add_argument('--tag', action='append', help='tags')
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--level', type=int, default='3')
p.print_help()
p.print_usage()
print(p.format_usage())
for argv in (['1', '2', '3'], ['1', '--sum', '4', '-vv'], ['--mode', 'b', '7', '-o', 'out.txt', '--flag', '--no-x'],
             ['5', '--tag', 'a', '--tag=b', '--pair', '1', '2.5', '--level', '9'], ['-v', '--verbose', '-v', '8', '--mode=a'],
             ['-ofile', '3'], ['--outp', 'f', '1'], ['--', '-5'], ['-5'] ):
    try:
        ns = p.parse_args(argv)
    except SystemExit as ex:
        print('exit', ex.code)
        continue
    print(ns.integers, ns.accumulate(ns.integers), ns.verbose, ns.mode, ns.output_file_with_long_name, ns.flag, ns.x, ns.tag, ns.pair, ns.level)
print(p.parse_args(['1']))
ns, rest = p.parse_known_args(['1', '--unknown', 'zz'])
print(ns.integers, rest)
print(argparse.Namespace(b=1, a=2), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))

q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('src')
q.add_argument('dst', nargs='?', default='def')
q.add_argument('more', nargs='*')
q.add_argument('-n', type=int, choices=[1, 2, 3])
for argv in (['a'], ['a', 'b'], ['a', 'b', 'c', 'd'], ['-n', '2', 'x']):
    print(q.parse_args(argv))
for argv in (['-n', '5', 'x'], ['-n', 'z', 'x'], ['-n']):
    try:
        q.parse_args(argv)
    except argparse.ArgumentError as e:
        print('ArgumentError', e)

g = argparse.ArgumentParser(prog='grp')
grp = g.add_argument_group('extra', 'Extra options for things.')
grp.add_argument('--alpha', help='alpha help')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--yes', action='store_true')
mx.add_argument('--no', action='store_true')
g.add_argument('--version', action='version', version='%(prog)s 1.0')
g.print_help()
print(g.parse_args(['--yes', '--alpha', 'A']))

s = argparse.ArgumentParser(prog='tool')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='cmd', help='sub-command help')
a = sub.add_parser('add', help='add things')
a.add_argument('x', type=int)
a.add_argument('--twice', action='store_true')
r = sub.add_parser('remove', help='remove things', aliases=['rm'])
r.add_argument('name')
s.print_help()
print(s.parse_args(['add', '3', '--twice']))
print(s.parse_args(['--debug', 'rm', 'foo']))
a.print_help()

def posint(v):
    n = int(v)
    if n <= 0:
        raise argparse.ArgumentTypeError(f'{v} is not positive')
    return n

e = argparse.ArgumentParser(prog='err')
e.add_argument('count', type=posint)
e.add_argument('--req', required=True)
tests = [['-3', '--req', 'r'], ['x', '--req', 'r'], ['3'], ['3', '--req'], ['3', '--req', 'r', 'extra'], ['3', '--req', 'r', '--bogus']]
for argv in tests:
    try:
        print(e.parse_args(argv))
    except SystemExit as ex:
        print('exit', ex.code)
try:
    g.parse_args(['--yes', '--no'])
except SystemExit as ex:
    print('exit', ex.code)
try:
    g.parse_args(['--version'])
except SystemExit as ex:
    print('exit', ex.code)
try:
    g.parse_args(['-h'])
except SystemExit as ex:
    print('exit', ex.code)
