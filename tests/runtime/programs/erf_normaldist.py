import math, statistics
nd = statistics.NormalDist(100, 15)
print(statistics.NormalDist(0, 1).cdf(1), nd.cdf(130), nd.cdf(85), round(nd.cdf(115) - nd.cdf(85), 6), nd.pdf(100), statistics.NormalDist(0, 1).cdf(-2))
print(math.erf(0.5), math.erf(1), math.erf(2), math.erf(-0.3), math.erf(3), math.erf(1e-10), math.erf(10), math.erfc(10), math.erfc(30), math.erfc(0.5))
