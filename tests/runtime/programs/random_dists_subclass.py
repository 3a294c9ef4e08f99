import random
random.seed(1)
print(random.random(), random.randint(-5, 5), random.randrange(1, 100, 7), random.choice([1, 2, 3]), random.uniform(5, 1))
print(random.sample(range(1000), 10), random.sample("abcdefg", k=3), random.sample([1, 2, 3], counts=[3, 2, 1], k=4))
print(random.choices([1, 2, 3], k=3), random.choices("ab", [0.2, 0.8], k=6), random.getrandbits(1), random.getrandbits(100), random.randbytes(5))
print(random.gauss(10, 2), random.normalvariate(), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2), random.betavariate(0.5, 0.5))
l = list(range(20)); random.shuffle(l); print(l)
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(); r.seed(99); print(r.random(), r.randint(0, 10**30), r.choice("xyz"))
random.seed(3.5); print(random.random()); random.seed(-7); print(random.random()); random.seed(None) ; random.seed("abc", version=1); print(random.random())
random.seed((1, 2)) if False else None
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randrange(1, 2, 0), lambda: random.getrandbits(-1), lambda: random.choices([], k=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class R(random.Random):
    def random(self): return 0.5
print(R().randint(1, 10) if False else "", R(5).uniform(0, 10))
random.seed(12345)
print([random.randint(1, 6) for _ in range(20)], random.triangular(1, 10, 3), random.expovariate(0.5), random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "")
import random
class Half(random.Random):
    def random(self): return 0.5
h = Half(1)
print(h.choice([1, 2, 3]), h.uniform(0, 10), h.randrange(10), h.randint(1, 6), h.expovariate(2), h.triangular(0, 1), h.sample(range(10), 3), h.gauss(0, 1) if False else "")
l = list(range(6)); h.shuffle(l); print(l)
class Bits(random.Random):
    def getrandbits(self, k): return 1
b = Bits(2)
print(b.choice("abc"), b.randrange(100), b.randint(5, 9))
class Seq(random.Random):
    def __init__(self): super().__init__(0); self.vals = iter([0.1, 0.9, 0.5, 0.3, 0.7] * 10)
    def random(self): return next(self.vals)
s = Seq()
print([s.randint(1, 10) for _ in range(5)], s.choices("xyz", k=3), s.random())
