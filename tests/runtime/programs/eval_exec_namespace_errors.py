# eval() and exec() reject bad globals/locals with CPython's own wording and check order.
class M:
    def __getitem__(self, k): return 1
    def keys(self): return []
for f in (eval, exec):
    for g, l in [(5, None), (M(), None), ({}, 5), (None, 5), (5, 5), ({}, M())]:
        try:
            print(f.__name__, f('1', g, l))
        except TypeError as e:
            print(f.__name__, e)
# min()/max() count keywords before naming an unknown one.
for kw in [{'x': 1}, {'key': None, 'x': 1}, {'key': None, 'default': 0, 'x': 1}]:
    for f in (min, max):
        try:
            print(f([1, 2], **kw))
        except TypeError as e:
            print(e)
