a = 1 < b < 3
if x == 1 and y != 2 or not z:
    pass
c = a is None
d = a is not None
e = x in (1, 2, 3)
f = x not in [1, 2]
if a < b < c:
    pass
