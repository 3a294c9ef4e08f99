# object.__getstate__ (3.11): the dict or None, with set __slots__ values; object has __reduce__.
class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__())
class S:
    __slots__ = ('p', 'q')
s = S(); print(s.__getstate__()); s.q = 2; print(s.__getstate__())
class SD(S):
    __slots__ = ('r', '__dict__')
sd = SD(); sd.r = 3; sd.p = 1; sd.z = 9; print(sd.__getstate__())
class Custom:
    def __init__(self): self.a = 1; self.cache = {}
    def __getstate__(self):
        st = super().__getstate__().copy()
        del st['cache']
        return st
print(Custom().__getstate__())
print((5).__getstate__() if hasattr(5, '__getstate__') else None, [].__getstate__())
import copy
c = copy.copy(Custom()); print(vars(c))
print('__reduce__' in dir(object), '__getstate__' in dir(1))
