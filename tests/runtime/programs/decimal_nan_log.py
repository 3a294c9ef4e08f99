# Decimal: ln/log10 of special values, and sNaN operands signalling InvalidOperation and coming back quiet.
from decimal import Decimal, getcontext, InvalidOperation, localcontext
for x in ['NaN', 'sNaN', 'Infinity', '-Infinity', '0', '-0', '-1', '1', '10', '2.5', '1000', '0.001']:
    for f in ('ln', 'log10'):
        try:
            print(x, f, getattr(Decimal(x), f)())
        except InvalidOperation as e:
            print(x, f, 'InvalidOperation')
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(Decimal(-1).ln(), Decimal('sNaN').log10())
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(Decimal('sNaN') + 1, Decimal('-sNaN7') * 2, Decimal(1) - Decimal('sNaN3'), Decimal('NaN5') + Decimal('sNaN2'), Decimal('NaN1') + Decimal('NaN2'))
