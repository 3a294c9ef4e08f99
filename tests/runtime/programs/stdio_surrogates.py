# sys.stdout encodes with surrogateescape, sys.stderr with backslashreplace.
import sys
print('a\udc80b\udcffc')
print('pair \U0001f600 ok')
print('err \ud800x', file=sys.stderr)
sys.stderr.write('e2 \udc80\n')
try:
    print('bad \ud800')
except UnicodeEncodeError as e:
    print('caught', e)
print('end')
