import math, random
print(math.hypot(2, 3), abs(2-3j), math.hypot(1e200, 1e200), abs(complex(3e-320, 4e-320)), math.dist((0, 0), (2, 3)), math.hypot(2, 3, 4), math.hypot(), math.hypot(-5), math.hypot(float('nan'), float('inf')), math.hypot(float('nan'), 1), math.hypot(1.7e308, 1.7e308 / 2))
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310), abs(complex(1.5, 2.5)), math.dist([1, 2, 3], [4, 6, 8]))
random.seed(3)
acc = []
for _ in range(2000):
    a, b = random.uniform(-100, 100), random.uniform(-100, 100)
    acc.append(math.hypot(a, b)); acc.append(abs(complex(a, b)))
    acc.append(math.hypot(a, b, a * b))
print(sum(acc), acc[:4], hash(tuple(acc)))
try: abs(complex(1e308, 1e308))
except OverflowError as e: print(e)
random.seed(11)
for e in [1, 1e-200, 1e200, 1e-310]:
    vals = []
    for _ in range(300):
        a, b = random.uniform(-100, 100) * e, random.uniform(-100, 100) * random.choice([e, 1, 1e-5])
        vals.append((abs(complex(a, b)), math.hypot(a, b), math.hypot(a, b, a - b), math.dist((a, 0), (0, b))))
    print(e, vals[:2], sum(v[0] for v in vals), hash(tuple(vals)))
