import cmath
import math

inf = math.inf
nan = math.nan


def f(x):
    # 12 significant digits: libm results may differ in the last bit
    return '%.12g' % x


def show(z):
    if isinstance(z, complex):
        return '(%s, %s)' % (f(z.real), f(z.imag))
    if isinstance(z, tuple):
        return '(' + ', '.join(show(v) for v in z) + ')'
    if isinstance(z, float):
        return f(z)
    return repr(z)


def run(name, *args):
    fn = getattr(cmath, name)
    try:
        r = show(fn(*args))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(name, args, '->', r)


finite = [0j, -0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1, -1, 2.5, -2.5, 1j, -1j,
          complex(3, 4), complex(-3, 4), complex(3, -4), complex(-3, -4),
          complex(0.5, 0.25), complex(-0.5, -0.25), complex(1e-310, 1e-310),
          complex(1e300, 1e300), complex(-1e300, 2), complex(2, -0.0), complex(-2, 0.0),
          complex(-2, -0.0), complex(1, 1e-200), complex(710, 1), complex(-710, 1), complex(1e-20, 0)]
vals = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
special = [complex(a, b) for a in vals for b in vals if not (math.isfinite(a) and math.isfinite(b))]

for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
             'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']:
    for z in finite + special:
        run(name, z)

for z in finite + special + [5, -3.5]:
    run('phase', z)
    run('polar', z)
    run('isfinite', z)
    run('isinf', z)
    run('isnan', z)
for r in vals + [1.5]:
    for phi in vals + [1.0, -3.0]:
        run('rect', r, phi)

run('log', 8, 2)
run('log', 100j, 10)
run('log', 2, 1)
run('log', 1, 0)
run('log', 0, 2)
run('log', -1, 1j)
run('polar', complex(1e308, 1e308))
run('polar', complex(1.7e308, 1.7e308))
run('sqrt', 'x')
run('sqrt', None)
run('exp', 1000)


class C:
    def __complex__(self):
        return complex(1, 2)

    def __repr__(self):
        return 'C()'


class F:
    def __float__(self):
        return 4.0

    def __repr__(self):
        return 'F()'


class Idx:
    def __index__(self):
        return 9

    def __repr__(self):
        return 'Idx()'


run('sqrt', C())
run('sqrt', F())
run('sqrt', Idx())
run('sqrt', True)
run('sqrt', 10**20)

print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 1), complex(inf, 0)))
print(cmath.isclose(complex(nan, 0), complex(nan, 0)))
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.sqrt(-1), cmath.exp(1j * cmath.pi).real)

for call in (lambda: cmath.sqrt(z=1), lambda: cmath.log(x=1), lambda: cmath.sqrt(), lambda: cmath.log(),
             lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.phase(), lambda: cmath.isclose(1),
             lambda: cmath.polar(1, 2), lambda: cmath.exp(1j, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
