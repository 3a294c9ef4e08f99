match cmd:
    case 0:
        r = 'zero'
    case [x, y, *rest]:
        r = x
    case {'k': v, **others}:
        r = v
    case Point(x=0, y=yy) | Point(x=yy, y=0):
        r = yy
    case str() as s if s:
        r = s
    case None:
        r = None
    case _:
        r = 'other'
