# dict methods, views (.mapping is a mappingproxy) and mutation during iteration.
d = {'b': 1, 'a': 2}
tests = ["d.pop('z', 'dflt')", "d.get('z')", "d.popitem()", "{}.popitem()", "dict.fromkeys([1, 2])", "dict.fromkeys('ab', [])", "{1: 2} == {1: 2.0}", "{1: 2} < {1: 3}", "list({1: 2, 3: 4}.values())", "{1: 2}.keys() == {1}", "{1: 2}.items() & {(1, 2)}", "{1: 2}.values() == {1: 2}.values()", "{'a': 1} | {'a': 2}", "{'a': 1} | [('b', 2)]", "d2 := {}", "dict(a=1) == {'a': 1}", "dict({'a': 1}, **{'b': 2})", "dict(1)", "dict([1])", "dict([(1,)])", "{**{1: 2}, **{1: 3}}", "len({1: 2}.keys())", "list(reversed({1: 0, 2: 0}.values()))", "{1: 2}.setdefault(1, 5)", "{}.update([(1, 2)], a=3)", "sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1])", "{1: 'a'}.__contains__(1)", "{}.__getitem__(1)", "{(1, 2): 3}[1, 2]", "{1.0: 'x'}[1]", "{True: 'y'}[1]", "{0: 'a', False: 'b'}", "{frozenset([1]): 1}[frozenset({1})]", "{[1]: 2}", "dict.__dict__['fromkeys']", "type({}.keys())", "{}.keys().mapping if hasattr({}.keys(), 'mapping') else None", "{1: 2}.keys().isdisjoint([2])", "repr({'a': {'b': [1, (2, {3})]}})"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d: d[k + 10] = 1
except RuntimeError as e: print(e)
d = {i: i for i in range(5)}
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
s = {1, 2, 3}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print(e)
l = [1, 2, 3]
for x in l:
    if x == 2: l.remove(x)
print(l)
d = {1: 1}
for k in list(d): d[k * 2] = 2
print(d)
d={1:2}; m=d.keys().mapping; print(m, m[1], type(m).__name__, len(m)); d[3]=4; print(m)
try: m[5]=1
except TypeError as e: print(e)
