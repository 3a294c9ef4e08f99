from decimal import Decimal, localcontext, ROUND_DOWN
vals = ["0", "-0", "1.5", "-1.5", "123.456", "1234567.891", "0.000012345", "1E+10", "1.23E-10", "99.97", "-0.004", "12", "0.5", "Infinity", "-Infinity", "NaN", "1E+3", "0E+2", "0.00", "1000000", "2.5", "3.5"]
specs = ["", "f", ".2f", ".0f", "#.0f", ",", ",.2f", "_", "_.3f", "e", ".2e", "E", ".0e", "g", ".3g", "G", ".0g", "%", ".1%", "n", ".2n", "10", "<10", "^10.2f", "*>12,.2f", "010.2f", "+", " .3", "=+10.1f", "08", "012,", "z.1f", ">", "010", "+08.2e", "-", "#g", ".3", ".10", "x<8", "0<8"]
for v in vals:
    d = Decimal(v)
    row = []
    for s in specs:
        try:
            row.append(format(d, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(v, row)
with localcontext() as c:
    c.rounding = ROUND_DOWN
    print(format(Decimal("2.999"), ".2f"), format(Decimal("-2.999"), ".1e"))
    c.capitals = 0
    print(format(Decimal("1E+10"), ""), format(Decimal("1.5E-10"), ".2"))
for bad in ["d", "x", ",,", "10.2q", ".f", "s"]:
    try:
        print(format(Decimal("1.5"), bad))
    except Exception as e:
        print(type(e).__name__, e)
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,}", f"{Decimal('0.5'):%}", f"{Decimal('12'):08.3f}", f"{Decimal('-1.5'):+}", f"{Decimal('1e10'):g}", f"{Decimal('123.456'):.2e}", f"{Decimal('nan')}")
print(f"{Decimal('19.99') * 3:>10.2f}|{Decimal('0.1') + Decimal('0.2'):<8}|{Decimal('-1234.5'):,.2f}")
