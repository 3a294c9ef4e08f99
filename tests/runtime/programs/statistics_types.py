import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
for data in [[1, 2, 3, 4], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [F(1, 2), F(3, 4), F(5, 4)], [D("0.5"), D("0.75"), D("1.25")], [2, 2.5], [1, 1, 1], [10 ** 20, 10 ** 20 + 1]]:
    out = []
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.mode, st.pvariance, st.variance, st.pstdev, st.stdev, st.geometric_mean, st.harmonic_mean, st.multimode]:
        try:
            out.append(repr(fn(data)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(out)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method="inclusive"), st.quantiles([1.5, 2.5, 9.1], n=3), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.variance([1, 2, 3], xbar=2), st.pvariance([1, 2, 3], mu=2), st.stdev([F(1), F(2), F(4)]), st.fmean([1, 2, 3], weights=[1, 1, 2]) if False else "", st.harmonic_mean([40, 60], weights=[5, 30]))
for bad in [lambda: st.variance([1]), lambda: st.geometric_mean([0, 1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.median([]), lambda: st.fmean([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True), st.correlation([1, 2, 3], [3, 2, 1]), st.covariance([1, 2, 3, 4], [1, 2, 3, 5]))
