@dec
@dec2(arg)
def f():
    pass

@dataclass(frozen=True)
class P:
    x: int
