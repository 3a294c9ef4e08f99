a = [x * 2 for x in range(10) if x % 3]
b = {x: y for x, y in pairs}
c = {x for x in a for y in b if y}
d = (x for x in a)
def f(n):
    return [i + n for i in range(n)]
