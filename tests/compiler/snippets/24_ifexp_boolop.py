a = b if c else d
e = f and g
h = i or j or k
l = (m and n) or o
if not (a and b):
    pass
