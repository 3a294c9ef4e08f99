class Empty:
    pass

class Base(object):
    """Docstring."""
    attr = 1

    def __init__(self, x):
        self.x = x

    @property
    def value(self):
        return self.x

    @staticmethod
    def s(): return 0

    @classmethod
    def c(cls, *a, **k): return cls(*a, **k)

class Derived(Base, metaclass=Meta, **extra):
    x: int = 0
    y: 'str'

    def method(self) -> None:
        super().method()
        return None

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

class Nested:
    class Inner:
        class Deep:
            z = [1, 2, 3]
