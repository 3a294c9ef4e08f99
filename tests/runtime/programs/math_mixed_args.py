import math
from fractions import Fraction
from decimal import Decimal
print(math.log(10 ** 1000), math.log10(10 ** 500), math.log2(2 ** 2000), math.log(2 ** 1100, 2), math.sqrt(10 ** 300), math.exp(700), math.log1p(10 ** 20))
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Decimal("-3.7")), math.floor(Decimal("2.5")), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(7, 3), 1), math.isclose(Fraction(1, 3), 1/3))
print(math.sqrt(Fraction(1, 4)), math.sqrt(Decimal(2)), math.fsum([Fraction(1, 3)] * 3), math.prod([Fraction(1, 2), 4]), math.dist([0], [Fraction(3, 1)]), math.hypot(*range(10)))
print(math.comb(10 ** 3, 500) % 1000, math.perm(50, 25) % 997, math.factorial(100) % 10 ** 9, math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 10, 3 ** 5, 7), math.isqrt(2 ** 200 + 1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")), math.isclose(1, 1.1, rel_tol=0.1))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.trunc(1e20), math.floor(-1e-20), math.modf(float("inf")), math.frexp(0.0), math.frexp(-1e-310), math.ldexp(1, -1074), math.ldexp(1, -1075), math.fmod(5, float("inf")), math.remainder(5, 2), math.remainder(-5, 2))
print(math.nextafter(0, 1), math.nextafter(1, 0), math.ulp(0), math.ulp(1e308), math.ulp(float("inf")), math.copysign(1, float("-nan")), math.atan2(0, -0.0), math.atan2(-0.0, -1), math.hypot(float("inf"), float("nan")))
print(math.tan(math.pi / 4), math.sin(math.pi), math.cos(math.pi / 2), math.asin(0.5), math.degrees(1), math.radians(90), math.erf(0.5), math.gamma(0.5), math.lgamma(0.5), math.gamma(171), math.lgamma(1000))
for f, a in [(math.gamma, -1), (math.gamma, 172), (math.lgamma, 0), (math.log, -1), (math.acosh, 0.5), (math.atanh, 1), (math.asin, 2), (math.cosh, 1000), (math.exp, 1e300), (math.log, 0.0), (math.sqrt, -0.0)]:
    try:
        print(f.__name__, f(a))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(float("nan"), 0), math.pow(1, float("nan")), math.pow(0.0, -0.0), math.pow(-0.0, -1) if False else "", math.pow(-8, 1 / 3) if False else "", math.prod([1e200, 1e200]))
try:
    math.pow(-8, 1 / 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(0, -1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.factorial(0), math.comb(5, 0), math.comb(5, 6), math.perm(5, 0), math.perm(5, 6), math.comb(0, 0))
for f, args in [(math.factorial, (5.0,)), (math.comb, (5.5, 2)), (math.gcd, (1.5, 2)), (math.isqrt, (4.0,)), (math.perm, (-1,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
