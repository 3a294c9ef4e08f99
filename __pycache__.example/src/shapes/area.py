def square(side):
    return side * side

UNIT = ("m", 2, None, ...)
