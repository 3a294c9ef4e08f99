vals = [0, 1, -1, 42, 3.14159, -2.5, 1e10, 1.5e-7, float("inf"), float("nan"), -0.0, 123456789, 2**70, True]
specs = ["", "5", "<8", ">8", "^9", "+", " ", "08", ",", "_", "x", "#X", "o", "b", "e", ".2e", "f", ".0f", "#.0f", "g", ".3g", "#g", "%", ".1%", "n", "E", "G", "=+10", "*^12,", "010,.2f", ".10", "c"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(v), row)
for s in ["", "10", "<10", "^10.3", ".2", "x^7", "s", "!<5"]:
    try:
        print(repr(format("héllo", s)))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [1+2j, -1.5-0j, 1e20j, complex("nan+infj")]:
    for s in ["", ".2f", "^20", "+.3e", "g", ">15.2"]:
        try:
            print(repr(format(v, s)), end=" ")
        except ValueError as e:
            print(type(e).__name__, e, end=" ")
    print()
print(f"{12345.6789:,.2f} {-12345:_x} {0.000123:.2e} {1e100:.3} {255:#010b} {-255:#x} {3:03} {'a':03}")
print(f"{1.0:.0e} {9.999:.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {1e16:.0f} {123.456:10.1f}|")
print("{:,d}".format(10**20), "{:.3s}".format("abcdef"), "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print(format(1e-320, ""), repr(5e-324), repr(1.7976931348623157e308), 1e16, 1.2345678901234567e-5, 0.1 ** 10)
print(str(1/7), repr(2/3), 12345678.9, 1234567890123456.7, 0.000001, 1e-7, float(2**53), float(2**53 + 1))
print(f"{'x':=^10}", f"{-5:=6}", f"{5:=+6}")
try:
    print(f"{'x':=10}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(5, ",x"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(5.0, "x"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format("a", "+"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(1, ".2d"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(1, "z"))
except ValueError as e:
    print(type(e).__name__, e)
print(format(-0.0, "z.1f") if False else "", format(1234.5678, ",.1f"), format(1234, ",.1f"), format(0.1, ".20f"), format(1/3, ".17g"))
print(format(2**100, "e"), format(2**100, ".3f"), format(10**30, "g"), format(-7, "b"), format(7, "#b"))
