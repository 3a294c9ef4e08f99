for v in [100.0, 99.0, 99.5, 999.0, 1000.0, 12345.0, 0.0001, 0.00001, 1.0, 10.0, 123.456, 1e16, -100.0, 5.0]:
    print(f"{v:.3}", f"{v:.1}", f"{v:.2}", f"{v:.5}", f"{v:.16}", f"{v:10.3}|", format(v, ".3g"), format(v, "#.3"), format(complex(v, v), ".3"), format(complex(0, v), ".3"))
import math
vals = [0.1, 0.5, 1/3, 2/3, 1e-5, 1.5e-5, 123456.789, 1e15, 1e16, 1.7976931348623157e308, 5e-324, -0.0, 100.0, 1e22, 123e-20, 9.999999999999999e22, 0.30000000000000004, 4.35, 2.675, 1.005]
for v in vals:
    print(repr(v), str(v), f"{v:.3}", f"{v:.15g}", f"{v:.17g}", f"{v:e}", f"{v:.2f}", round(v, 2), v.hex(), v.as_integer_ratio()[1] if v else 0, v.is_integer())
print(float("1e-400"), float("-1e400"), float("  +1.5e+3\n"), float("1_000.000_1"), float("infINITY"), float("-nAn"), float("0x10") if False else "")
for bad in ["1e", "e1", "1..0", "--1", "1_", "_1", "1__0", "0x10", "1,5", " ", "in f", "nan1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), round(-0.5), -0.5 // 1, -0.5 % 1, math.fmod(-0.5, 1), divmod(-0.5, 1), 0.5 % -1, (-7.5).__divmod__(2))
print(1.0 / 3 * 3 == 1.0, 0.1 * 3 == 0.3, sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, 1e308 * 10 == float("inf"), (0.1).__repr__(), float.__repr__(1e100))
print(2.5 .__round__(), (2.5).__round__(0), float(round(2.5, 0)), round(-2.5, 0), round(0.5, 0), round(1.5, 0), round(2.55, 1), round(2.45, 1), round(-0.0, 1), round(1e-10, 5))
print(float(2**1023) * 2 if False else "", 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, (-2.0) ** 0.5, (-8.0) ** (1/3), 0.0 ** 0.0, math.inf ** 0, 1 ** math.nan, math.nan ** 0)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-2.0) ** 1e400
except OverflowError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.fffffffffffff8p1023") if False else "", 10.0 ** 308 * 10, 1e308 + 1e308 - 1e308, -(0.0), abs(-math.nan), math.copysign(0.0, -1), 1 / math.inf, -1 / math.inf)
print(int(1e300) == 10 ** 300, int(1.9999999999999998), int(-1e-300), float(10 ** 23) == 1e23, float(2 ** 63), int(2.0 ** 63), 2 ** 63 == 2.0 ** 63, (2 ** 53 + 1) == float(2 ** 53 + 1), 0.1 < 1 / 10 + 1e-17)
print(7.0 // 0.1, 7.0 % 0.1, divmod(7.0, 0.1), 1e16 % 3, -1e16 // 3, 3.0 % math.inf, -3.0 % math.inf, 3 // math.inf, -3 // math.inf)
