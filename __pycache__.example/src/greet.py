def add(a, b=1.0):
    return a + b
print(add(2), "sum")
