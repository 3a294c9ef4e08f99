class A:
    """A doc"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

class B(A, metaclass=type):
    def get(self):
        return super().get() + __class__.x

@staticmethod
def deco(): pass
