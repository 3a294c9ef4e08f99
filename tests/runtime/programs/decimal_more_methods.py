from decimal import Decimal as D, getcontext, localcontext
for x in ["1", "-1", "0", "9.99", "1E+5", "-0.001", "123456789012345678901234567890", "Infinity", "-Infinity"]:
    d = D(x)
    out = []
    for f in [lambda: d.next_plus(), lambda: d.next_minus(), lambda: d.number_class(), lambda: d.is_normal(), lambda: d.is_subnormal(), lambda: d.logb(), lambda: d.scaleb(3), lambda: d.scaleb(-2), lambda: d.same_quantum(D("1.00")), lambda: d.fma(2, D("0.5")), lambda: d.to_integral(), lambda: d.radix(), lambda: d.canonical(), lambda: d.is_canonical()]:
        try:
            out.append(str(f()))
        except Exception as e:
            out.append(type(e).__name__)
    print(x, out)
for a, b in [(10, 3), (10, 4), (-10, 4), (10, 6), (D("7.5"), 2), (D("-7.5"), 2), (D("5.5"), D("1.1")), (3, 2), (5, 2), (-5, 2)]:
    print(a, b, D(a).remainder_near(b))
with localcontext() as c:
    c.prec = 3
    print(D("9.99").next_plus(), D("1").next_minus(), D("100").next_minus(), D("1.5").fma(D("2.333"), 1))
