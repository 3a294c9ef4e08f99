class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2 if isinstance(v, int) else v)
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases): return D()
class C(metaclass=M):
    a = 1
    b = a + 1
print(C.a, C.b)
