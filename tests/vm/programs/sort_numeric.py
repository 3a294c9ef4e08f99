import random
random.seed(7)
fl = [random.random() for _ in range(2000)] + [0.5, 0.5, 1e300, -1e300, float("inf"), float("-inf")]
random.shuffle(fl)
s = sorted(fl)
print(s[:3], s[-3:], s == sorted(fl, key=lambda x: x), all(a <= b for a, b in zip(s, s[1:])))
a = 0.25; b = 0.25 * 1.0; c = float("0.25")
l = [c, 1.0, a, b]
r = sorted(l)
print([x is a for x in r], [x is c for x in r], [x is b for x in r])
print(sorted([0.0, -0.0, 0.0, -1.0]), sorted([-0.0, 0.0]), sorted([0.0, -0.0]))
print(sorted([3, float("nan"), 1.0, 2]), sorted([float("nan"), 2.0, 1.0]))
ints = [random.randint(-10**9, 10**9) for _ in range(3000)] + [2**60, -2**61]
print(sorted(ints)[:3], sorted(ints, reverse=True)[:3], sorted(ints) == sorted(ints, key=int))
words = ["b", "A", "c", "a", "B", "\U0001F600", "\uffff"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
pairs = [(x % 5, i) for i, x in enumerate(range(30))]
print(sorted(pairs, key=lambda p: p[0])[:8], sorted(pairs, key=lambda p: -p[0], reverse=True)[:6])
print(sorted([3, 1.5, 2, True, 0.5]), sorted([1, 2, 3], key=lambda x: -x), sorted(range(10), key=lambda x: x % 3 + 0.5))
recs = [("x", 2.5), ("y", 1.5), ("z", 2.5), ("w", 1.5)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
l2 = [5, 3, 1]; l2.sort(); print(l2)
l3 = [2.0, 1.0]; l3.sort(key=lambda v: v, reverse=True); print(l3)
