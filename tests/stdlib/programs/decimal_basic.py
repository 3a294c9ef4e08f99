from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR
import decimal

vals = ['0', '1', '-1.50', '3.14159', '1E+3', '1e-7', '123456789012345678901234567890', '0.000001', '-0', '100', '1.000', 'Infinity', '-inf', 'NaN', '12.5e2', '.5', '5.']
for v in vals:
    d = Decimal(v)
    print(repr(d), str(d), d.as_tuple(), d.is_zero(), d.is_signed())
print(Decimal(0.1), Decimal(1.5), Decimal(-2.75), Decimal(10), Decimal(-7), Decimal(2**70))
a, b = Decimal('1.1'), Decimal('2.2')
print(a + b, a - b, a * b, a / b, b / a, a + 1, 3 * a, 1 - a, 10 / Decimal(4))
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(-1) / Decimal(7), Decimal(100) / Decimal('0.25'))
print(Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('7') % Decimal('3'), Decimal('-7') % Decimal('3'), divmod(Decimal('7.5'), 2))
print(Decimal('1.5') ** 2, Decimal(2) ** 100, Decimal(2) ** -2, Decimal('10') ** 0, Decimal(2).sqrt(), Decimal('0.25').sqrt(), Decimal(16).sqrt())
print(Decimal('1.05').quantize(Decimal('0.1')), Decimal('1.15').quantize(Decimal('0.1')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Decimal('7.325').quantize(Decimal('1.00'), ROUND_DOWN), Decimal('-2.5').quantize(Decimal('1'), ROUND_CEILING), Decimal('-2.5').quantize(Decimal('1'), ROUND_FLOOR), Decimal('123').quantize(Decimal('0.01')))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('3.14159'), 2), int(Decimal('-3.9')), float(Decimal('1.25')), Decimal('3.7').to_integral_value())
print(Decimal('1.10') == Decimal('1.1'), Decimal('1.5') == 1.5, Decimal(2) == 2, Decimal('0.1') == 0.1, Decimal(1) < Decimal('1.01'), max(Decimal(1), Decimal('0.5')), sorted([Decimal('3'), Decimal('-1'), Decimal('2.5')]))
print(hash(Decimal(5)) == hash(5), hash(Decimal('1.5')) == hash(1.5), hash(Decimal('0.1')) == hash(Decimal('0.10')))
print(sum([Decimal('0.1')] * 10), Decimal('0.1') * 3 == Decimal('0.3'), -Decimal('5'), +Decimal('1.23456789012345678901234567890123'), abs(Decimal('-3')))
print(Decimal('1200').normalize(), Decimal('0.00').normalize(), Decimal('1.20').adjusted(), Decimal('123.45').adjusted(), Decimal('1.5').as_integer_ratio())
print(getcontext().prec, getcontext().rounding)
print(decimal.Context())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('1.23456789') + 0)
with localcontext(prec=3, rounding=ROUND_HALF_UP):
    print(Decimal(2) / 3, Decimal('12345'))
print(Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('3.14159265') * 1)
getcontext().prec = 28
for f in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('1') + 'x', lambda: Decimal(1.5) + 1.5]:
    try:
        print(f())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print(type(e).__name__)
print(f'{Decimal("3.14159"):.2f}', f'{Decimal("1234567.891"):,.2f}', format(Decimal('2.5'), 'f'), f'{Decimal("0.125"):.1%}', f'{Decimal("12345.678"):.3e}', f'{Decimal("-1.5")}')
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), decimal.Decimal.__module__)
print(Decimal('1.30') + Decimal('1.20'), Decimal('5.0') * Decimal('2.00'), Decimal('-0.0') + Decimal('0'), Decimal('1e10') + Decimal('1e-10'))
print(Decimal('9.99') * 1, Decimal('inf') + 1, Decimal('-inf') * -2, Decimal('nan') + 1, Decimal('inf') > 10 ** 100)
