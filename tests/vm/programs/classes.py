class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, v):
        self.name = v.lower()
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def helper(x):
        return x * 2
d = Dog.make("rex")
print(d.speak(), d.upper, Dog.helper(4), d.kind, repr(d))
d.upper = "MAX"
print(d.name, isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
print(Dog.__mro__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class M(metaclass=Meta):
    pass
print(M.tag, type(M).__name__, type(M()).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append((cls.__name__, key))
class S1(Base, key="one"): pass
class S2(Base): pass
print(Base.registry)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return f"desc:{self.name}"
class HasDesc:
    x = Desc()
print(HasDesc().x, HasDesc.x.name)
class Dyn:
    def __getattr__(self, name):
        return name * 2
print(Dyn().abc)
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
class P:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(P().a)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), sorted([Eq(3), Eq(1)])[0].v, len({Eq(1), Eq(1)}))
T = type("T", (object,), {"x": 5, "f": lambda self: self.x + 1})
print(T().f(), T.__name__)
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
c(); c()
print(c(), callable(c))
try:
    object().foo = 1
except AttributeError as e:
    print(e)
try:
    Animal()
except TypeError as e:
    print(e)
try:
    Dog("a", "b")
except TypeError as e:
    print(e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
print(Animal.speak.__qualname__, Dog.make, d.speak.__name__)
print(vars(d), d.__dict__, d.__class__.__name__)
