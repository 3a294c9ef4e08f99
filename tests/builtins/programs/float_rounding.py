import random
random.seed(5)
vals = [random.uniform(-1000, 1000) for _ in range(400)] + [i / 8 for i in range(-100, 100)] + [i / 1024 for i in range(0, 3000, 37)] + [0.5, 1.5, 2.5, 0.125, 0.375, 1e15 + 0.5, 123456.785]
out = []
for v in vals:
    out.append(" ".join(format(v, f".{p}f") for p in (0, 1, 2, 3, 5)) + " " + "%.2f|%.0f" % (v, v) + f"{v:10.3f}")
print("\n".join(out))
