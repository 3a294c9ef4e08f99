x = 1
y = x + 2 * 3 - x ** 2
print(x, y, sep=', ')
z = -x
del x
