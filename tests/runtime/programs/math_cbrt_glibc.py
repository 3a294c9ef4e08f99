# math.cbrt gives glibc's results (not correctly rounded; V8's Math.cbrt differs often).
import math, random
random.seed(3)
vals = [27.0, 8.0, -8.0, 1e-310, 3.0, 0.001, 1000.0, 2.0, -0.0, 0.0, float('inf'), float('-inf'), 5e-324, 1.7976931348623157e308]
vals += [random.uniform(-1, 1) * 10 ** random.uniform(-300, 300) for _ in range(300)]
for x in vals:
    print(repr(x), repr(math.cbrt(x)))
print(math.cbrt(float('nan')), [math.cbrt(n) for n in range(10)])
