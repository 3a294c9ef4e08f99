from fractions import Fraction
import numbers
a, b = Fraction(3, 4), Fraction("1/6")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), +a)
print(a + 1, 1 + a, a * 2, a + 0.5, 0.5 * a, a ** 2, a ** -2, 2 ** Fraction(1, 2), Fraction(-3, 4) ** -1)
print(Fraction(6, -8), Fraction(0.1), Fraction("1.25"), Fraction(" -2 "), Fraction("3e-2"), Fraction(Fraction(1, 3), 2), Fraction(5))
print(Fraction(0.1).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000), Fraction(355, 113).limit_denominator(100))
print(a == 0.75, a == Fraction(6, 8), Fraction(2, 1) == 2, a < 1, a > 0.7, a <= b, sorted([a, b, Fraction(1, 2)]))
print(float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 100), 1), round(Fraction(-5, 2)))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), bool(Fraction(0)), a.numerator, a.denominator)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), {Fraction(1, 2): "x"}[0.5], a.as_integer_ratio())
print(isinstance(a, numbers.Rational), isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(3.0, numbers.Integral))
print(sum([Fraction(1, n) for n in range(1, 6)]), Fraction.from_float(0.25), str(Fraction(10, 5)))
for bad in ("x", "1/0", "1.2.3"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
