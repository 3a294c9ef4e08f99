import ast

print(ast.Return().value, ast.Constant(1).kind, ast.expr.end_lineno, hasattr(ast.Name(), 'id'))
for args in [(1, 2, 3)]:
    try:
        ast.Name(*args)
    except TypeError as e:
        print(e)
try:
    ast.Load(1)
except TypeError as e:
    print(e)
print(ast.Name.__match_args__, ast.Name._fields, ast.Name._attributes, ast.arguments._attributes, ast.Load.__mro__)
n = ast.Name('x', ast.Load())
print(ast.dump(n))
print(ast.dump(ast.parse('x = 1 + 2', mode='exec'), indent=2))
print(ast.dump(ast.parse('f(a, *b, k=1)'), include_attributes=True))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.literal_eval('[1, (2, 3.5), {"a": -4j}, {1,2}, set(), b"x", None, True, 1+2j]'))
for s in ['x', '1 +', 'f()', '[1, 2, x]']:
    try:
        print(ast.literal_eval(s))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(ast.get_docstring(ast.parse('"""Doc.\n   more"""\nx=1')))
src = '''
def area(w, h=2):
    """Area."""
    return w * h

class Shape:
    sides = 4
    def grow(self, k):
        for i in range(k):
            if i % 2:
                yield i ** 2
print(area(3), list(Shape().grow(5)))
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1)[:600])
print([type(n).__name__ for n in ast.walk(tree)][:25])
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
c = Counter()
c.visit(tree)
print(sorted(set(c.names)))
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = Doubler().visit(ast.parse(src))
exec(compile(t2, '<ast>', 'exec'))
exec(compile(tree, '<ast>', 'exec'))
print(eval(compile(ast.parse('1 + 2 * x', mode='eval'), '<e>', 'eval'), {'x': 10}))
m = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built by hand')], []))], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, '<hand>', 'exec'))
print(ast.get_source_segment(src, tree.body[0].body[1].value))
t = compile('a = [1, 2]', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(isinstance(t.body[0], ast.stmt), isinstance(t.body[0].value, ast.expr), issubclass(ast.Add, ast.operator))
e = ast.parse('x + 1', mode='eval')
print(ast.dump(e), e.body.lineno, e.body.end_col_offset)
ast.increment_lineno(e, 3)
print(e.body.lineno, e.body.left.lineno)
try:
    ast.parse('x = (1,')
except SyntaxError as err:
    print('SyntaxError', err.msg, err.lineno, err.offset)
match tree.body[0]:
    case ast.FunctionDef(name=name, args=ast.arguments(args=params)):
        print('function', name, [p.arg for p in params])
