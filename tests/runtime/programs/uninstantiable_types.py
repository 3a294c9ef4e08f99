# Built-in types without a constructor (iterators, views, descriptors, frames) cannot be instantiated.
import types
objs = [len, iter([]), iter(()), iter({}), {}.keys(), {}.items(), iter(''), (x for x in []), map(str, []), zip(), [].append, str.join, types.SimpleNamespace, type(None), type(NotImplemented), type(...), iter(range(0)), reversed([]), enumerate([]), memoryview(b''), property(), super, classmethod(len), staticmethod(len), type(int.real), type(lambda: 0), type(print), types.FrameType, types.CellType, type(iter(set())), type(iter(b'')), slice(1), range(1)]
for o in objs:
    t = o if isinstance(o, type) else type(o)
    try:
        r = t()
        print(t.__name__, 'ok', type(r).__name__)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
try:
    class G(len): pass
except TypeError as e: print(e)
