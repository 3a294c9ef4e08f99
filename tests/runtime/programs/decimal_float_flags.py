import decimal
from decimal import Decimal as D, getcontext
c = getcontext()
for s in [decimal.Clamped, decimal.Rounded, decimal.Inexact, decimal.Subnormal, decimal.Underflow, decimal.Overflow, decimal.DivisionByZero, decimal.FloatOperation, decimal.InvalidOperation]:
    c.flags[s] = True
print(c)
c.clear_flags()
print(D(0.1), c.flags[decimal.FloatOperation])
c.clear_flags()
print(D('0.1') == 0.1, c.flags[decimal.FloatOperation])
c.clear_flags()
print(D('0.1') < 0.2, c.flags[decimal.FloatOperation])
c.clear_flags()
try: D('0.1') < 0.2 if False else D('abc')
except decimal.InvalidOperation as e: print(repr(e), c.flags[decimal.InvalidOperation])
c.clear_flags()
try: D(1) / 0
except decimal.DivisionByZero as e: print(repr(e), c.flags[decimal.DivisionByZero])
c.clear_flags()
try: D(0) / 0
except decimal.InvalidOperation as e: print(repr(e), c.flags[decimal.InvalidOperation])
print(c)
c.clear_flags(); c.traps[decimal.FloatOperation] = True
try: D(0.5)
except decimal.FloatOperation as e: print(repr(e))
try: D('0.1') < 0.2
except decimal.FloatOperation as e: print(repr(e))
print(D('0.1') == 0.1)
print(c)
c.traps[decimal.FloatOperation] = False
c.clear_flags()
print(D.from_float(0.25), c.flags[decimal.FloatOperation])
print(decimal.Context(traps=[decimal.Underflow, decimal.Clamped, decimal.Inexact], flags=[decimal.Rounded, decimal.Subnormal]))
print(decimal.BasicContext)
print(D('nope'), c.flags[decimal.InvalidOperation]) if not c.traps.__setitem__(decimal.InvalidOperation, False) else None
