x: int = 1
y: str
def f(a: int, b: 'str' = 'x') -> bool:
    z: int = 2
    return True
class C:
    attr: int
    other: list = []
