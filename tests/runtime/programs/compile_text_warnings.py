# SyntaxWarnings from compile(), exec() and eval() of source text
import warnings
code = compile('x = 1\nprint(x is 1)\n', '<string>', 'exec')
exec(code)
exec("assert (1, 'msg')")
print(eval("[1, 2][1, 2] if False else 'ok'"))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    compile('y is "a"', 'mod.py', 'exec')
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in ws])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('y is "a"', 'mod.py', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e)
print('end')
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        exec('def f():\n    return (1, 2)(3)\n')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
