def t(f):
    try: f()
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: int.__add__('a', 1))
t(lambda: str.upper(1))
t(lambda: list.__len__(1))
t(lambda: list.append(1, 2))
t(lambda: dict.keys(1))
t(lambda: str.__add__(1, 'a'))
class A: pass
for tn, obj in [('str', 'abc'), ('list', [1]), ('dict', {1: 2}), ('set', {1}), ('tuple', (1,)), ('bytes', b'ab'), ('int', 5), ('float', 1.5)]:
    for name in ['join', 'center', 'replace', 'zfill', 'partition', 'append', 'insert', 'count', 'remove', 'extend', 'get', 'setdefault', 'add', 'discard', 'isdisjoint', 'index', '__getitem__', '__contains__', '__add__', '__mul__', '__eq__', '__setitem__', '__delitem__', 'bit_length', 'is_integer', 'hex']:
        if hasattr(obj, name):
            t(lambda: getattr(obj, name)())
            t(lambda: getattr(obj, name)(1, 2, 3, 4))
