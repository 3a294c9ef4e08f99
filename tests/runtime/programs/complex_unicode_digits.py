# complex() accepts other scripts' decimal digits, as int() and float() do.
for s in ['١٢', '１２', '١+٢j', '(３.５-１j)', ' ٣j ', '١_٢', '12x']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
