from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    @property
    def name(self):
        return "impl"
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(Impl().name)
class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, "draw")
        return NotImplemented
class Pic:
    def draw(self):
        pass
print(isinstance(Pic(), Drawable), isinstance(3, Drawable), issubclass(Pic, Drawable))
class Registry(ABC):
    pass
Registry.register(int)
print(isinstance(3, Registry), issubclass(bool, Registry), isinstance("x", Registry), type(Registry).__name__)
