import statistics
nd = statistics.NormalDist(100, 15)
print(nd.inv_cdf(0.95), nd.inv_cdf(0.5), nd.inv_cdf(0.001), nd.inv_cdf(1e-10), nd.inv_cdf(0.3), statistics.NormalDist().inv_cdf(0.975), nd.quantiles() if hasattr(nd, "quantiles") else "")
try:
    statistics.NormalDist(0, 0).inv_cdf(0.5)
except statistics.StatisticsError as e:
    print(e)
a = statistics.NormalDist(2.4, 1.6); b = statistics.NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(statistics.NormalDist(5, 1.6)), -a, +a, 10 - a, 3 * a, 1 + a, a.samples(3, seed=42), len(a.samples(5)))
print(nd.quantiles(10), statistics.NormalDist.from_samples([1, 2, 3, 4, 5]))
try:
    a.overlap(5)
except TypeError as e:
    print(e)
