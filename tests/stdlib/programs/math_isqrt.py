import math
for n in [2**53, 2**53+1, 10**40, 10**40-1, 25*100**28, 3**200, 2**1000-1]:
    r = math.isqrt(n)
    print(r, r*r <= n < (r+1)*(r+1))
