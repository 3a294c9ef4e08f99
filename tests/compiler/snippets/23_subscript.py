a = x[1]
b = x[1:2]
c = x[::2]
d = x[1, 2]
x[0] = 1
del x[0]
e = x[a:b, c]
