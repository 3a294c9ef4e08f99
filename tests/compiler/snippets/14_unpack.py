a, b = b, a
a, *b, c = range(10)
[x, y] = z
(p, q), r = s
first, *rest = items
a, b, c = c, b, a
