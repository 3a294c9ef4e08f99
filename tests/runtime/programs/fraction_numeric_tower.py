from fractions import Fraction as F
print(F(1, 3) + 1, 1 + F(1, 3), F(1, 3) * 1.5, 1.5 * F(1, 3), F(1, 3) ** 2, 2 ** F(2), F(4) ** F(1, 2), F(-8) ** F(1, 3) if False else "", F(1, 3) // F(1, 6), F(7, 3) % F(1, 2), divmod(F(7, 3), F(1, 2)))
print(F(3, 4) == F(6, 8), F(1, 2) < F(2, 3), F(1, 2) == 0.5, F(1, 3) != 1/3, F(5) == 5, hash(F(5)) == hash(5), F(1, 2) > 0.4, F(0) == 0, bool(F(0)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(F.from_float(0.1), F.from_decimal(__import__("decimal").Decimal("1.1")), F(1.5), F("  3/7 "), F("-2.5e-3"), F("7"), F(2, -4), F(0, 5), repr(F(1, 3)), str(F(-3, 1)), F(1, 3).__round__(), round(F(1, 6), 2))
print(F(10, 4).numerator, F(10, 4).denominator, F(5, 3).limit_denominator(1), F(355, 113).limit_denominator(10), F(1, 3).conjugate(), F(1, 3).real, F(1, 3).imag, int(F(7, 2)), float(F(1, 3)), complex(F(1, 2)))
for bad in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("x"), lambda: F(1.5, 2), lambda: F(float("nan")), lambda: F(float("inf")), lambda: F("1/-2"), lambda: F(1) / 0, lambda: F(1) // 0, lambda: F(1).limit_denominator(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), F(1, 3), 0.4]), max(F(1, 2), 0.5), F(1, 2) + True, F(3, 2).is_integer() if hasattr(F, "is_integer") else "", F(1, 3).as_integer_ratio())
print(f"{F(1, 3)}", "%s" % F(2, 4), str(F(22, 7)), format(F(1, 3)) if True else "")
try:
    print(format(F(1, 3), ".3f"))
except TypeError as e:
    print(type(e).__name__, e)
