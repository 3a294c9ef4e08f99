import math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: math.atan(1e308), lambda: math.atan(-1e25), lambda: math.atan(1e16), lambda: math.acos(1e-300), lambda: math.acos(-1e-18), lambda: math.asin(1e-300),
          lambda: 1.0000001 ** 1e300, lambda: 0.9 ** 1e300, lambda: math.pow(1e308, 0.5), lambda: math.pow(1e-308, 0.7), lambda: math.pow(1e300, 1.01), lambda: math.pow(1e-300, 1.1),
          lambda: (-1e308) ** 3.0, lambda: math.pow(1e-320, 0.3), lambda: math.exp(709.7), lambda: math.exp(-745), lambda: math.exp(-740), lambda: math.log(1e-320), lambda: math.log(1.7e308), lambda: math.log2(5e-324), lambda: math.atan2(1e-320, 1e300),
          lambda: math.sin(1e-320), lambda: math.cos(1e-320), lambda: math.tan(-1e-310), lambda: math.erf(1e-320), lambda: math.erfc(27), lambda: math.erfc(26.5), lambda: math.erfc(-1e-300)]:
    t(f)
import math, cmath
print(math.atan2(1e308, 1e308), math.atan2(-1e308, 1e300), math.atan2(1e-320, 3e-320), math.atan2(5e-324, -5e-324), cmath.polar(complex(1e308, 1e308)), cmath.phase(complex(-1e-310, 2e-310)), math.asin(0.9999999999), math.acos(-0.99999999999), math.tan(1e5), math.sin(2**19), math.cos(-999999.5))
