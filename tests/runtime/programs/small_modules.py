import colorsys
import getopt
import secrets
import this
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.rgb_to_hls(1, 0, 0), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0.5, 0), colorsys.yiq_to_rgb(0.5, 0.1, 0.1))
print([colorsys.hsv_to_rgb(i / 6, 1, 1) for i in range(7)])
print(getopt.getopt(['-a', '-b', 'val', '--long=x', 'arg'], 'ab:', ['long=']))
print(getopt.getopt(['-abval', '--', '-c'], 'ab:'))
print(getopt.gnu_getopt(['arg', '-a', '--long', 'x'], 'a', ['long=']))
for argv, short, longs in [(['-z'], 'a', []), (['--lo'], 'a', ['long', 'loop']), (['-b'], 'b:', []), (['--long=1'], '', ['long'])]:
    try:
        getopt.getopt(argv, short, longs)
    except getopt.GetoptError as e:
        print(e, '|', e.opt, '|', e.msg)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), 0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', len(secrets.token_urlsafe(16)))
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest('a', 'ab'))
print(len(this.s), this.d['a'])
