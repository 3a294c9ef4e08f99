x += 1
obj.attr -= 2
d[k] *= 3
d[i:j] |= v
def f():
    y = 0
    y //= 2
    return y
