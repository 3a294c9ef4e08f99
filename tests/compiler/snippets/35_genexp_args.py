total = sum(x for x in range(10))
m = max((y for y in z), default=0)
