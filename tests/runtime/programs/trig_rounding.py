# math.sin/cos/tan/atan/asin/acos/atan2 and complex ** agree with CPython (glibc) to the last bit
import math, cmath, random
print(math.sin(1), math.cos(1), math.tan(1), math.sin(0.5), math.cos(2), math.tan(3), math.sin(100), math.cos(1e5), math.sin(-2.5), math.sin(1e-5), math.sin(1e-200), math.cos(0))
print(math.atan(0.5), math.atan(2), math.atan(-1e10), math.asin(0.3), math.acos(-0.7), math.acos(1), math.asin(-1), math.atan2(1, 2), math.atan2(-3, -4), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(1e-300, 1e300))
print(math.degrees(math.atan2(3, 4)), math.radians(30), math.sin(math.radians(30)), math.cos(math.pi / 3), math.tan(math.pi / 4), cmath.phase(-1 - 1e-20j))
random.seed(4)
rows = []
for _ in range(80):
    x = random.uniform(-10, 10)
    y = random.uniform(-1, 1)
    rows.append((math.sin(x), math.cos(x), math.atan(x), math.asin(y), math.acos(y), math.atan2(y, x), cmath.phase(complex(x, y))))
print(rows[:2])
print(sum(r[0] for r in rows), hash(tuple(rows)))
for bad in (lambda: math.asin(2), lambda: math.sin(float('inf')), lambda: math.acos(-1.5)):
    try: bad()
    except ValueError as e: print('ValueError', e)
