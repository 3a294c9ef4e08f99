import contextvars
var = contextvars.ContextVar('var', default=42)
plain = contextvars.ContextVar('plain')
print(var.get(), var.name, plain.get('dflt'))
try:
    plain.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
tok = var.set(1)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError:
    print('RuntimeError used token')
ctx = contextvars.copy_context()
def inside(x):
    var.set(x)
    return var.get(), len(contextvars.copy_context())
print(ctx.run(inside, 7), var.get(), ctx[var], var in ctx, list(ctx.keys()) == [var])
print(ctx.get(plain, 'nope'))
print(contextvars.ContextVar[int])
