name = 'w'
s = f"hello {name!r:>10} and {name} {1+2:{width}}"
t = f"{x}"
u = '%s and %r' % (a, b)
