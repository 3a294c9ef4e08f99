# '#' without a type keeps repr's '.0' on floats; a space sign on str names the space.
for s in ['#', '#.0', '#.1', '#.3', '#10', '#g', '#.0e', '#.0f', '#<8']:
    for v in [-0.0, 0.0, 1.0, 2.5, 100.0, 1e16, 1e20, 1e-5, 123456.0]:
        print(repr(s), v, repr(format(v, s)))
for s in ['#', '#.2']:
    for v in [1+0j, 2j, 1.5-3j]:
        print(repr(s), v, repr(format(v, s)))
for spec in [' ', '+', '-', ' 10']:
    try:
        format('text', spec)
    except ValueError as e:
        print(repr(spec), e)
print(f"{3.0:#}", f"{3.0:#^9}", '{:#}'.format(42.0))
