match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=5) if x > 0:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, 'a': [1, 2]}:
        pass
    case [1, 2, *rest]:
        pass
    case [*_, last]:
        pass
    case (1 | 2 | 3) as small:
        pass
    case 1 | 2:
        pass
    case -1:
        pass
    case 1+2j:
        pass
    case -1.5-2j:
        pass
    case None:
        pass
    case True | False:
        pass
    case "str" "ing":
        pass
    case b"bytes":
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case ():
        pass
    case []:
        pass
    case (x,):
        pass
    case (x):
        pass
    case str() | bytes():
        pass
    case {}:
        pass
    case _:
        pass

match x, y:
    case a, b:
        pass
    case *a, b:
        pass

match = 1
match.x = 2
match[0] = 3
match(x)
case = 4
_ = 5
match -x:
    case 1: pass
