# ipaddress ordering comes from functools.total_ordering on __lt__, as in CPython (which operand a version-mismatch message names first).
import ipaddress as ip
a, b = ip.ip_address('10.0.0.1'), ip.ip_address('10.0.0.2')
print(a < b, a > b, a <= b, a >= b, b >= a, a <= a, sorted([b, a]))
n1, n2 = ip.ip_network('10.0.0.0/24'), ip.ip_network('10.0.1.0/24')
print(n1 > n2, n1 >= n2, n2 >= n1, n1 <= n1, max(n1, n2))
i1, i2 = ip.ip_interface('10.0.0.1/24'), ip.ip_interface('10.0.0.2/16')
print(i1 > i2, i1 >= i2, i1 <= i2, sorted([i1, i2]))
for x, y in ((a, ip.ip_address('::1')), (a, 5), (n1, a)):
    try: print(x > y)
    except TypeError as e: print('TypeError', e)
    try: print(x >= y)
    except TypeError as e: print('TypeError', e)
