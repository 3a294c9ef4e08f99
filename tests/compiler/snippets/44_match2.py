def f(p):
    match p:
        case (1, 2):
            return 'a'
        case [1, *_]:
            return 'b'
        case {'x': 1}:
            return 'c'
        case A.B:
            return 'd'
        case 1 | 2 | 3:
            return 'e'
        case [a, b] if a > b:
            return a
        case True:
            return 'f'
