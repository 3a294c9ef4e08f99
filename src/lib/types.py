"""Names for the interpreter's built-in types: tspy's own `types` module.

Each type is taken from a live object of that type, so it is exactly the
runtime's type; a type the runtime does not provide is left undefined.
"""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
try:
    CellType = type((lambda x: lambda: x)(1).__closure__[0])
except Exception:
    pass


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


try:
    _c = _c()
    CoroutineType = type(_c)
    _c.close()
except Exception:
    pass


async def _ag():
    yield


try:
    AsyncGeneratorType = type(_ag())
except Exception:
    pass


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
try:
    WrapperDescriptorType = type(object.__init__)
    MethodWrapperType = type(object().__str__)
    MethodDescriptorType = type(str.join)
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except Exception:
    pass
ModuleType = type(sys)
try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    try:
        FrameType = type(exc.__traceback__.tb_frame)
    except AttributeError:
        pass
try:
    GetSetDescriptorType = type(FunctionType.__code__)
    # tspy's function attributes are getsets; a __slots__ member gives the member type.
    class _Slotted:
        __slots__ = ('x',)
    MemberDescriptorType = type(_Slotted.x)
    del _Slotted
except Exception:
    pass
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    GenericAlias = type(list[int])
except Exception:
    pass
try:
    UnionType = type(int | str)
except Exception:
    pass

del sys, _f, _g, _C, _c, _ag


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(*args, **kwargs):
        if len(args) != 1:
            raise TypeError('no positional arguments expected')
        args[0].__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _ns_repr_running:
            return name + '(...)'
        _ns_repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _ns_repr_running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_ns_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses of all its bases')
    return winner


def get_original_bases(cls):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Convert regular generator function to a coroutine.

    A generator function gets the CO_ITERABLE_COROUTINE flag on its code, so
    that `await` accepts the generators it makes; a coroutine function is
    returned as it is. Any other callable comes back wrapped, as in CPython
    (tspy's wrapper returns what the callable returns, unchanged).
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        co = func.__code__
        if co.co_flags & 0x180:  # CO_COROUTINE | CO_ITERABLE_COROUTINE: already awaitable
            return func
        if co.co_flags & 0x20:  # CO_GENERATOR
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapped


__all__ = [n for n in globals() if not n.startswith('_')]
