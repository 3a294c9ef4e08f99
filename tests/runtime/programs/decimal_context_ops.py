from decimal import *
import decimal
c = getcontext()
print(c)
print(Decimal("1.1") + Decimal("2.2"), Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"), Decimal("10") / Decimal("4"), Decimal("1") / Decimal("7"))
print(Decimal("123.456").quantize(Decimal("1.")), Decimal("123.456").quantize(Decimal("0.1"), rounding=ROUND_DOWN), Decimal("-2.5").quantize(Decimal("1"), ROUND_HALF_EVEN), Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral_exact())
print(Decimal("1e-7"), Decimal("0.0000001"), Decimal("1E+2"), Decimal("100").normalize(), Decimal("0.00"), Decimal("-0.00"), Decimal("1.23e10"), Decimal("123456789e20"))
print(str(Decimal("0.000001")), str(Decimal("0.0000001")), Decimal(3.14), Decimal((0, (1, 2, 3), -2)), Decimal((1, (5,), 3)), Decimal(" 42 "), Decimal("+.5"), Decimal("5."))
print(Decimal("2").sqrt(), Decimal(10) ** Decimal("0.5"), Decimal("2") ** -2, Decimal("0.5") ** 3)
print(Decimal("7").compare(Decimal("5")), Decimal("5").max(Decimal("7")), Decimal("-5").copy_abs(), Decimal("5").copy_negate(), Decimal("1.5").adjusted(), Decimal("-1").is_signed(), Decimal("0").is_zero(), Decimal("nan").is_nan())
print(Decimal("10").__hash__() == hash(10), Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal(1) < 2, Decimal("1.0") == Decimal("1"), sorted([Decimal("2"), Decimal("1.5"), 1]), Decimal("1.5") + 1)
print(sum([Decimal("0.1")] * 10), Decimal("12.345").as_tuple(), Decimal("-0").as_tuple(), Decimal("inf").as_tuple(), Decimal("1.5").as_integer_ratio(), int(Decimal("-7.9")), round(Decimal("7.45"), 1), round(Decimal("-7.5")))
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,}", f"{Decimal('0.5'):%}", f"{Decimal('12'):08.3f}", f"{Decimal('-1.5'):+}", f"{Decimal('1e10'):g}", f"{Decimal('123.456'):.2e}", f"{Decimal('nan')}")
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, +Decimal("1.234567"))
    ctx.rounding = ROUND_UP
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(3))
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.divide(Decimal(2), Decimal(3)), ctx.add(Decimal("1.234"), Decimal("1")), ctx.create_decimal("3.14159"), ctx.power(Decimal(2), Decimal(10)))
for bad in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("x"), lambda: Decimal(-1).sqrt(), lambda: Decimal("inf") - Decimal("inf"), lambda: int(Decimal("nan")), lambda: int(Decimal("inf")), lambda: Decimal(1).quantize(Decimal("1e-30"))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, repr(e) if False else "")
print(Decimal("1.20").normalize(), Decimal("1.20") % 1, Decimal("-7") % 3, Decimal("-7") // 3, divmod(Decimal("7.5"), 2), Decimal("12.34").shift(1) if False else "")
print(Decimal("0.1") * 3 == Decimal("0.3"), Decimal(0.1).quantize(Decimal("0.0001")), Decimal("1e999") * 10, Decimal("1.000").quantize(Decimal("0.1")), repr(Decimal("1E+1")), Decimal("1E+1").to_eng_string(), Decimal("123E+5").to_eng_string())
print(Decimal.from_float(0.25), Decimal("3").is_finite(), Decimal("-inf") < 0, Decimal("nan").is_qnan(), Decimal("snan").is_snan(), max(Decimal(1), Decimal("1.0")))
