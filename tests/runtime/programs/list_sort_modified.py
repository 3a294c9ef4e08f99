l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x))
except TypeError as e:
    print(type(e).__name__, e)
print(l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: (l.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
print(l)
l = [3, 1, 2]
def k(x):
    raise KeyError(x)
try:
    l.sort(key=k)
except KeyError as e:
    print(type(e).__name__, e)
print(l)
