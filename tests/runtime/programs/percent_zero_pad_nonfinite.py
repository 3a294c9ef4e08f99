# printf-style zero padding applies to inf and nan as well (CPython pads with zeros after the sign).
for v in [float('inf'), float('-inf'), float('nan')]:
    for spec in ['%010.2f', '%-010f|', '%+010e', '%010g', '% 08F', '%08G', '%8f']:
        print(spec, repr(spec % v))
print(repr(b'%07.1f' % float('-inf')))
print(repr(format(float('inf'), '010.2f')), repr(f"{float('nan'):+08}"))
