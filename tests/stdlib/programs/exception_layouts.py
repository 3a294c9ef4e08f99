for bases in ['ArithmeticError, TypeError','OSError, ValueError','KeyError, AttributeError','OSError, ImportError','StopIteration, NameError','UnicodeDecodeError, ValueError','LookupError, RuntimeError','SystemExit, KeyboardInterrupt', 'int, str', 'list, dict', 'Exception, int']:
    try:
        exec(f'class X({bases}): pass'); print(bases, 'ok', [c.__name__ for c in X.__mro__])
    except TypeError as e: print(bases, e)
class FloatOp(ArithmeticError, TypeError):
    pass
try:
    raise FloatOp("x")
except TypeError as e:
    print("caught as TypeError", repr(e), isinstance(e, ArithmeticError))
