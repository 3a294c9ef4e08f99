from decimal import Decimal as D, getcontext, localcontext, Inexact, Rounded, InvalidOperation
import random
random.seed(5)
vals = ['2', '10', '0.5', '1.0001', '0.9999999', '123.456', '1e-10', '-1', '-20.5', '3.14159', '100', '0.001', '1000', '7', '1E+5', '2.718281828459045', '0.1', '50', '-0.0001', '1', '0', '-0', 'Infinity', '-Infinity', 'NaN']
for v in vals:
    x = D(v)
    for name in ('exp', 'ln', 'log10'):
        getcontext().clear_flags()
        try:
            r = getattr(x, name)()
            print(v, name, r, sorted(k.__name__ for k, f in getcontext().flags.items() if f))
        except InvalidOperation as e:
            print(v, name, 'InvalidOperation')
for prec in (5, 12, 40):
    with localcontext() as c:
        c.prec = prec
        for v in ['2', '0.3', '99.5', '1.5e-3']:
            print(prec, v, D(v).exp(), D(v).ln(), D(v).log10())
for _ in range(60):
    x = D(random.randint(1, 10**8)) / D(10) ** random.randint(0, 12)
    print(x, x.exp() if x < 1000 else '', x.ln(), x.log10())
with localcontext() as c:
    c.rounding = 'ROUND_DOWN' if False else c.rounding
    from decimal import ROUND_UP, ROUND_FLOOR
    c.rounding = ROUND_UP; print(D(2).ln(), D(3).exp()); c.rounding = ROUND_FLOOR; print(D(2).ln(), D('-3').exp())
from decimal import Context; c = Context(prec=6); print(c.exp(1), c.ln(10), c.log10(2))
