# Significant-digit float formats when rounding would carry: 1e-7 is
# 9.99999999999999954748e-08, so '.17g' is 9.9999999999999995e-08.
vals = []
for e in range(-320, 309, 3):
    for m in (1.0, 9.999999999999999, 9.5, 9.95, 1.0000000000000002, 5.0):
        try:
            vals.append(float(f'{m}e{e}'))
        except OverflowError:
            pass
vals += [1e-7, 1e23, 1e22, 0.3, 2.675, 1.005, 1e-5, 1e-300, 3e-8, 7e-9]
for v in vals:
    print(' '.join(format(v, spec) for spec in ['.17g', '.17e', '.3e', '.1g', '.0e', '.16g', '.15g', '.2f', '.10g', 'g', 'e']))
print('%.17g %.20e %.17G' % (1e-7, 1e-7, 1e-5))
