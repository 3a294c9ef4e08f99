import math, random
print(1.05 ** 7, 1.1 ** 10, 2.5 ** 3.3, 10 ** -2, 2 ** 0.5, 0.5 ** 0.5, (-2.0) ** 3, (-1.5) ** -3, 1e10 ** 30, 7.0 ** -400, math.pow(3, 0.2), math.exp(1), math.exp(-0.5), math.exp(700), math.log(10), math.log(2, 10), math.log(1e-300), math.log2(10), math.log(2 ** 1000), math.gamma(4.5), math.lgamma(10.5), math.exp2(0.3))
def compound(p, r, n): return p * (1 + r) ** n
print([round(compound(1000, 0.05, n), 10) for n in range(1, 6)], [compound(1000, 0.037, n) for n in (7, 13, 29)])
random.seed(21)
vals = []
for _ in range(1000):
    a, b = random.uniform(0, 10), random.uniform(-5, 5)
    vals.append((a ** b, math.pow(a, b), math.exp(b), math.log(a), -a ** 3, (-a) ** 3))
print(vals[:2], hash(tuple(vals)))
for bad in [lambda: math.exp(1000), lambda: 10.0 ** 400, lambda: math.pow(0, -1), lambda: math.log(-1), lambda: math.pow(-8, 1/3)]:
    try: print(bad())
    except (OverflowError, ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
print((-8) ** (1/3), 0.0 ** 0, float('inf') ** -1, (-0.0) ** 3, 2 ** -1074 if False else '', 2.0 ** -1074, 2.0 ** -1080, vals[0][0] ** 0)
p = 0.1; print(p ** 300, p ** 7, 1.1 ** (p * 30))
