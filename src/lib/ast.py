"""Abstract Syntax Trees: tspy's own `ast` module.

`parse` runs tspy's parser (the one `tspy ast` shows), whose nodes carry
CPython 3.11's node and field names; the node classes below are made from
that parser's node table (`_tspy_ast.node_fields`, generated from CPython's
ASDL), so `dump` prints what CPython's prints. `compile()` accepts the trees
(modified or built by hand) and `literal_eval`, `walk`, the visitors and the
location helpers work as in CPython. `unparse` is not available.
"""
import _tspy_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_ABSTRACT = {}
_KINDS = {}


def _abstract(name):
    cls = _ABSTRACT.get(name)
    if cls is None:
        attrs = {'__module__': __name__, '_fields': ()}
        if name in ('stmt', 'expr', 'excepthandler', 'pattern'):
            attrs['_attributes'] = _POSITIONS
            attrs['end_lineno'] = None
            attrs['end_col_offset'] = None
        cls = _ABSTRACT[name] = type(name, (AST,), attrs)
        globals()[name] = cls
    return cls


for _name, _base, _fields, _has_positions in _tspy_ast.node_fields:
    _attrs = {
        '__module__': __name__,
        '_fields': tuple(f for f, _ in _fields),
        '__match_args__': tuple(f for f, _ in _fields),
    }
    for _f, _kind in _fields:
        if _kind.endswith('?'):
            _attrs[_f] = None  # an optional field left out reads as None
    if _has_positions:
        _attrs['_attributes'] = _POSITIONS
        _attrs['end_lineno'] = None
        _attrs['end_col_offset'] = None
    globals()[_name] = type(_name, (_abstract(_base) if _base is not None else AST,), _attrs)
    _KINDS[_name] = tuple(_fields)
del _name, _base, _fields, _has_positions, _attrs


def _build(t):
    """A node object from the parser's nested tuple (type name, fields..., positions...)."""
    name = t[0]
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    i = 1
    for field, kind in _KINDS[name]:
        v = t[i]
        i += 1
        if kind == 'node' or kind == 'node?':
            d[field] = None if v is None else _build(v)
        elif kind == 'node*':
            d[field] = [_build(x) for x in v]
        else:
            d[field] = v
    if cls._attributes:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = t[i:i + 4]
    return node


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile(source, filename, mode, PyCF_ONLY_AST))."""
    if isinstance(source, AST):
        return source
    if isinstance(source, bytearray):
        source = bytes(source)
    return _build(_tspy_ast.parse(source, filename, mode))


def _compile(tree, filename, mode):
    """compile() of an AST object (called by the compile builtin)."""
    return _tspy_ast.compile(tree, filename, mode)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def value(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(value, node.elts))
        if isinstance(node, List):
            return list(map(value, node.elts))
        if isinstance(node, Set):
            return set(map(value, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(value, node.keys), map(value, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree (CPython's layout: fields as keywords, optional Nones left out)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(x, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(x, list):
            if not x:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(item, level)[0] for item in x)), False
        if not isinstance(x, AST):
            return repr(x), True
        cls = type(x)
        parts = []
        simple = True
        as_keywords = annotate_fields
        names = [(n, False) for n in x._fields]
        if include_attributes:
            names += [(n, True) for n in x._attributes]
        for name, is_attribute in names:
            try:
                v = getattr(x, name)
            except AttributeError:
                if not is_attribute:
                    as_keywords = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                if not is_attribute:
                    as_keywords = True
                continue
            text, s = fmt(v, level)
            simple = simple and s
            parts.append(f'{name}={text}' if as_keywords or is_attribute else text)
        if simple and len(parts) <= 3:
            return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
        return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False

    return fmt(node, 0)[0]


def iter_fields(node):
    """(name, value) for each field present on `node`."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes, and the nodes in list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under `node` (itself included), breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    """Copy the source positions of `old_node` to `new_node`; returns `new_node`."""
    for attr in _POSITIONS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's (the module starts at line 1, column 0)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree `n` lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and (end_lineno := getattr(child, 'end_lineno', 0)) is not None:
            child.end_lineno = end_lineno + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Split like str.splitlines(keepends=True), but only on \\r, \\n and \\r\\n."""
    idx = 0
    lines = []
    next_line = ''
    while idx < len(source):
        c = source[idx]
        next_line += c
        idx += 1
        if c == '\r' and idx < len(source) and source[idx] == '\n':
            next_line += '\n'
            idx += 1
        if c in '\r\n':
            lines.append(next_line)
            next_line = ''
    if next_line:
        lines.append(next_line)
    return lines


def _pad_whitespace(source):
    result = ''
    for c in source:
        if c in '\f\t':
            result += c
        else:
            result += ' '
    return result


def get_source_segment(source, node, *, padded=False):
    """The source text `node` was parsed from (None when its positions are missing)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the replacement node (None deletes, a list splices)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    raise NotImplementedError('ast.unparse is not supported by tspy')


def main():
    raise NotImplementedError('python -m ast is not supported by tspy; use `tspy ast FILE`')
