# Keyword arguments to built-in methods that take none, positional-only parameters passed by keyword, __main__'s initial globals.
print([k for k in globals()])
tests = ['",".join(iterable=[])', '"a".upper(x=1)', '(1).__add__(other=1)', '[].append(object=1)', '[].index(value=1)', '{}.get(key=1)', '{}.pop(key=1)', '"a".center(width=3)', '"a".count(x="a")', '[].insert(index=0, object=1)', 'set().add(x=1)', '(1,).count(value=1)', '"abc".startswith(prefix="a")', '{}.setdefault(key=1)', '[].__getitem__(index=0)', '"a".__mul__(value=2)', 'b"a".count(sub=b"a")', 'bytearray().append(item=1)', '[1].remove(value=1)', '"a".ljust(width=3)', '"a".replace(old="a", new="b")', '"a".find(sub="a")']
for e in tests:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
for e in ['int(x=5)', 'float(x=1)', 'str(object=1, x=2)', 'bool(x=1)', 'list(iterable=[1])', 'tuple(iterable=[])', 'complex(real=1, imag=2)', 'bytes(source=b"a")', 'range(stop=3)', 'len(obj=[])', 'abs(x=1)', 'dict(iterable=1)', 'set(iterable=[1])', 'frozenset(iterable=[])', 'type(object=1)', 'object(x=1)', 'divmod(a=1, b=2)', 'sorted(iterable=[])', 'zip(a=[])', 'print(x=1)', 'max(key=len)', 'iter(o=[])', 'reversed(seq=[])', 'int("5", base=10)', 'int(x="5", base=10)']:
  try: print(e, eval(e))
  except Exception as ex: print(e, type(ex).__name__, ex)
print(__annotations__)
