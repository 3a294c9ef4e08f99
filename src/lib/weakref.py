"""Weak references (CPython 3.11 API), tspy's own implementation.

``ref`` comes from the native ``_weakref`` module (a JS WeakRef underneath).
Without reference counts, tspy decides that an object died where CPython
programs usually look (a ``del`` or rebinding that drops it, ``gc.collect()``,
interpreter exit: see src/vm/lifecycle.ts); then its refs are cleared and
their callbacks run, so weak dictionaries and WeakSet drop the entry and a
``finalize`` runs. An object dropped any other way (a function returning)
stays alive until the next such point.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from collections.abc import MutableMapping, MutableSet
from types import GenericAlias

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _deref(p):
    obj = object.__getattribute__(p, '_tspy_ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


class ProxyType:
    """A weak proxy: attribute access and operators go to the referent."""

    __slots__ = ('_tspy_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_tspy_ref', ref(obj, callback))

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_tspy_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        return next(_deref(self))

    def __reversed__(self):
        return reversed(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    def __eq__(self, other):
        return _deref(self) == other

    def __ne__(self, other):
        return _deref(self) != other

    def __lt__(self, other):
        return _deref(self) < other

    def __le__(self, other):
        return _deref(self) <= other

    def __gt__(self, other):
        return _deref(self) > other

    def __ge__(self, other):
        return _deref(self) >= other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __abs__(self):
        return abs(_deref(self))

    def __invert__(self):
        return ~_deref(self)

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __index__(self):
        return _deref(self).__index__()


def _unwrap(v):
    return _deref(v) if isinstance(v, ProxyType) else v


def _make_binop(op):
    def forward(self, other):
        return op(_deref(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _deref(self))
    return forward, reflected


def _install_ops():
    import operator
    for name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow',
                 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul'):
        opname = name + '_' if name in ('and', 'or') else name
        op = getattr(operator, opname)
        iop = getattr(operator, 'i' + opname.rstrip('_'))
        fwd, rev = _make_binop(op)
        setattr(ProxyType, '__%s__' % name, fwd)
        setattr(ProxyType, '__r%s__' % name, rev)

        def inplace(self, other, _iop=iop):
            obj = _deref(self)
            result = _iop(obj, _unwrap(other))
            return self if result is obj else result
        setattr(ProxyType, '__i%s__' % name, inplace)


_install_ops()


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """A proxy to object that uses a weak reference."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakMethod(ref):
    """A weak reference to a bound method (keeps neither the object nor the function alive)."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func, callback)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """Mapping whose values are held by weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def itervaluerefs(self):
        """Iterate over the weak references to the values."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of weak references to the values."""
        return list(self.data.values())

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = ref(default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = ref(o)
        for key, o in kwargs.items():
            d[key] = ref(o)

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(GenericAlias)


class WeakKeyDictionary(MutableMapping):
    """Mapping whose keys are held by weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.items():
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def keyrefs(self):
        """A list of weak references to the keys."""
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key)] = value
        if len(kwargs):
            self.update(kwargs)

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(GenericAlias)


class WeakSet(MutableSet):
    """A set whose elements are held by weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)


class finalize:
    """Call func(*args, **kwargs) once: when obj dies, when called, or at exit.

    obj's death is seen where tspy decides it (a `del`, gc.collect(), exit:
    see src/vm/lifecycle.ts); pending finalizers with atexit set run at
    interpreter exit, newest first, from an atexit function registered with
    the first finalizer (as in CPython).
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    _counter = [0]

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the callback unless it was already called or detached."""
        info = self._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    @classmethod
    def _pending_at_exit(cls):
        items = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        items.sort(key=lambda item: item[1].index)
        return [f for (f, i) in items]

    @classmethod
    def _exitfunc(cls):
        try:
            pending = None
            while cls._registry:
                if pending is None or finalize._dirty:
                    pending = cls._pending_at_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    import sys
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True

    def detach(self):
        """Detach: return (obj, func, args, kwargs), or None when dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs) without detaching, or None when dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer should be called at exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        else:
            return '<%s object at %#x; for %r at %#x>' % (
                type(self).__name__, id(self), type(obj).__name__, id(obj))
