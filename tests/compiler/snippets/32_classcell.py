class A:
    def f(self):
        return __class__
    def g(self):
        return super().g()
class B:
    x = 1
    def f(self):
        return x
