x = a.b.c(d)[e](f=g)
y = a.b(*c)
z = (lambda: 1)()
