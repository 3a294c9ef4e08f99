"""Serializing Python objects: tspy's own `pickle` (protocols 2 to 5).

dumps() writes what CPython's pickler writes for the usual data (the same
opcodes, memo and framing: for None, bools, ints, floats, strs, bytes,
tuples, lists, dicts, sets, classes and functions by reference, and
instances through __reduce_ex__/__reduce__/__getnewargs__/__getstate__),
so the bytes agree; equal strs share one memo entry (CPython shares
identical ones). loads() reads protocols 2 to 5 (and CPython's output).
"""
import io
import struct
import sys
from copyreg import __newobj__, __newobj_ex__, _reconstructor, dispatch_table

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump', 'dumps',
           'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL', 'PickleBuffer']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    def __init__(self, buffer):
        raise NotImplementedError('pickle.PickleBuffer is not supported by tspy')


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


def _encode_long(x):
    """x as little-endian two's complement, in the fewest bytes (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        obj = getattr(obj, subpath)
    return obj


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise NotImplementedError('pickle protocols 0 and 1 are not supported by tspy')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = True
        self.fast = 0
        self.memo = {}
        self._str_memo = {}
        self._frame = None
        self.dispatch_table = None

    def clear_memo(self):
        self.memo.clear()
        self._str_memo.clear()

    # -- output, with protocol 4 framing
    def write(self, data):
        if self._frame is not None:
            self._frame.extend(data)
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        if self._frame is not None and (len(self._frame) >= _FRAME_SIZE_TARGET or force):
            data = bytes(self._frame)
            self._frame = bytearray()
            if len(data) >= _FRAME_SIZE_MIN:
                self._file_write(FRAME + struct.pack('<Q', len(data)))
            self._file_write(data)

    def _write_large(self, header, payload):
        # A payload bigger than a frame is written on its own, outside any frame.
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header + payload)

    def dump(self, obj):
        self.write(PROTO + struct.pack('<B', self.proto))
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self.write(STOP)
        if self._frame is not None:
            self._commit_frame(force=True)
            self._frame = None

    # -- memo
    def memoize(self, obj):
        key = ('s', obj) if type(obj) is str else id(obj)
        idx = len(self.memo) + len(self._str_memo)
        if type(obj) is str:
            self._str_memo[obj] = idx
        else:
            self.memo[key] = (idx, obj)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif idx < 256:
            self.write(BINPUT + struct.pack('<B', idx))
        else:
            self.write(LONG_BINPUT + struct.pack('<I', idx))

    def _memo_get(self, obj):
        if type(obj) is str:
            return self._str_memo.get(obj)
        x = self.memo.get(id(obj))
        return None if x is None else x[0]

    def get(self, i):
        if i < 256:
            return BINGET + struct.pack('<B', i)
        return LONG_BINGET + struct.pack('<I', i)

    # -- saving
    def save(self, obj, save_persistent_id=True):
        if self._frame is not None:
            self._commit_frame()
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if obj is True or obj is False:
            self.write(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.write(BINFLOAT + struct.pack('>d', obj))
            return
        i = self._memo_get(obj)
        if i is not None:
            self.write(self.get(i))
            return
        if t is str:
            self.save_str(obj)
        elif t is bytes:
            self.save_bytes(obj)
        elif t is bytearray:
            if self.proto >= 5:
                self._write_large(BYTEARRAY8 + struct.pack('<Q', len(obj)), bytes(obj))
                self.memoize(obj)
            elif self.proto >= 3:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            else:
                # before protocol 3 there is no bytes opcode: CPython pickles a latin-1 str
                self.save_reduce(bytearray, (obj.decode('latin-1'), 'latin-1'), obj=obj)
        elif t is tuple:
            self.save_tuple(obj)
        elif t is list:
            self.write(EMPTY_LIST)
            self.memoize(obj)
            self._batch_appends(obj)
        elif t is dict:
            self.write(EMPTY_DICT)
            self.memoize(obj)
            self._batch_setitems(iter(obj.items()))
        elif t is set:
            self.save_set(obj)
        elif t is frozenset:
            self.save_frozenset(obj)
        elif isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            self.save_global(obj)
        else:
            self.save_object(obj)

    def save_long(self, obj):
        if obj >= 0:
            if obj <= 0xff:
                self.write(BININT1 + struct.pack('<B', obj))
                return
            if obj <= 0xffff:
                self.write(BININT2 + struct.pack('<H', obj))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + struct.pack('<i', obj))
            return
        encoded = _encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + struct.pack('<B', n) + encoded)
        else:
            self.write(LONG4 + struct.pack('<i', n) + encoded)

    def save_str(self, obj):
        encoded = obj.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n < 256 and self.proto >= 4:
            self.write(SHORT_BINUNICODE + struct.pack('<B', n) + encoded)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINUNICODE8 + struct.pack('<Q', n), encoded)
        else:
            self._write_large(BINUNICODE + struct.pack('<I', n), encoded)
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + struct.pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + struct.pack('<Q', n), obj)
        else:
            self._write_large(BINBYTES + struct.pack('<I', n), obj)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        if n <= 3:
            for element in obj:
                self.save(element)
            i = self._memo_get(obj)
            if i is not None:
                # The tuple contains itself (through a list or dict): use the memoized copy.
                self.write(POP * n + self.get(i))
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        i = self._memo_get(obj)
        if i is not None:
            self.write(POP_MARK + self.get(i))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def _batch_appends(self, items):
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            batch = items[start:start + _BATCHSIZE]
            if len(batch) > 1:
                self.write(MARK)
                for x in batch:
                    self.save(x)
                self.write(APPENDS)
            elif batch:
                self.save(batch[0])
                self.write(APPEND)

    def _batch_setitems(self, items):
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            batch = items[start:start + _BATCHSIZE]
            if len(batch) > 1:
                self.write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            elif batch:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        i = self._memo_get(obj)
        if i is not None:
            self.write(POP_MARK + self.get(i))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            self.write(GLOBAL + bytes(module_name, 'utf-8') + b'\n' + bytes(name, 'utf-8') + b'\n')
        self.memoize(obj)

    def save_object(self, obj):
        t = type(obj)
        reduce = dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements' % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            self.save(cls)
            self.save(args)
            self.save(kwargs)
            self.write(NEWOBJ_EX)
        elif self.proto >= 2 and func_name == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            i = self._memo_get(obj)
            if i is not None:
                self.write(POP + self.get(i))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)


def _reduce_ex(obj, proto):
    """obj.__reduce_ex__(proto), with object's default (copyreg's protocol 2 rules) when the class has none of its own."""
    t = type(obj)
    for klass in t.__mro__:
        if klass is object:
            break
        if '__reduce_ex__' in klass.__dict__:
            return obj.__reduce_ex__(proto)
        if '__reduce__' in klass.__dict__:
            return obj.__reduce__()
    return _default_reduce(obj, proto)


def _default_reduce(obj, proto):
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        elif isinstance(obj, tuple):
            args = tuple(obj)
        elif isinstance(obj, (int, float, str, bytes, complex)):
            args = (cls.__mro__[[c for c in cls.__mro__].index(object) - 1](obj),)
        else:
            args = ()
    getstate = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = obj.__getstate__
            break
    if getstate is not None:
        state = getstate()
    else:
        d = getattr(obj, '__dict__', None)
        state = d if d else None
        slots = _slotnames(cls)
        if slots:
            slotstate = {}
            for name in slots:
                try:
                    slotstate[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if slotstate:
                state = (state, slotstate)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0

    def find_class(self, module, name):
        __import__(module, level=0)
        return _getattribute(sys.modules[module], name)

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def load(self):
        self.stack = []
        self.metastack = []
        stack = self.stack
        read = self.read
        while True:
            key = read(1)
            if not key:
                raise EOFError
            op = key[0]
            handler = _DISPATCH.get(op)
            if handler is None:
                raise UnpicklingError('invalid load key, %r.' % chr(op) if op < 128 else 'invalid load key, %r.' % key)
            try:
                handler(self)
            except _Stop as stop:
                return stop.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items


_DISPATCH = {}


def _op(code):
    def register(f):
        _DISPATCH[code[0]] = f
        return f
    return register


@_op(PROTO)
def _load_proto(u):
    proto = u.read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)
    u.proto = proto


@_op(FRAME)
def _load_frame(u):
    u.read(8)


@_op(STOP)
def _load_stop(u):
    raise _Stop(u.stack.pop())


@_op(NONE)
def _load_none(u):
    u.stack.append(None)


@_op(NEWTRUE)
def _load_true(u):
    u.stack.append(True)


@_op(NEWFALSE)
def _load_false(u):
    u.stack.append(False)


@_op(BININT)
def _load_binint(u):
    u.stack.append(struct.unpack('<i', u.read(4))[0])


@_op(BININT1)
def _load_binint1(u):
    u.stack.append(u.read(1)[0])


@_op(BININT2)
def _load_binint2(u):
    u.stack.append(struct.unpack('<H', u.read(2))[0])


@_op(LONG1)
def _load_long1(u):
    n = u.read(1)[0]
    u.stack.append(_decode_long(u.read(n)))


@_op(LONG4)
def _load_long4(u):
    n = struct.unpack('<i', u.read(4))[0]
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    u.stack.append(_decode_long(u.read(n)))


@_op(BINFLOAT)
def _load_binfloat(u):
    u.stack.append(struct.unpack('>d', u.read(8))[0])


@_op(INT)
def _load_int(u):
    data = u._file_readline()
    if data == b'00\n':
        val = False
    elif data == b'01\n':
        val = True
    else:
        val = int(data, 0)
    u.stack.append(val)


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u):
    n = u.read(1)[0]
    u.stack.append(str(u.read(n), 'utf-8', 'surrogatepass'))


@_op(BINUNICODE)
def _load_binunicode(u):
    n = struct.unpack('<I', u.read(4))[0]
    u.stack.append(str(u.read(n), 'utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(u):
    n = struct.unpack('<Q', u.read(8))[0]
    u.stack.append(str(u.read(n), 'utf-8', 'surrogatepass'))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u):
    n = u.read(1)[0]
    u.stack.append(u.read(n))


@_op(BINBYTES)
def _load_binbytes(u):
    n = struct.unpack('<I', u.read(4))[0]
    u.stack.append(u.read(n))


@_op(BINBYTES8)
def _load_binbytes8(u):
    n = struct.unpack('<Q', u.read(8))[0]
    u.stack.append(u.read(n))


@_op(BYTEARRAY8)
def _load_bytearray8(u):
    n = struct.unpack('<Q', u.read(8))[0]
    u.stack.append(bytearray(u.read(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(u):
    n = u.read(1)[0]
    data = u.read(n)
    u.stack.append(data.decode(u.encoding, u.errors) if u.encoding != 'bytes' else data)


@_op(BINSTRING)
def _load_binstring(u):
    n = struct.unpack('<i', u.read(4))[0]
    data = u.read(n)
    u.stack.append(data.decode(u.encoding, u.errors) if u.encoding != 'bytes' else data)


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u):
    u.stack.append(())


@_op(TUPLE1)
def _load_tuple1(u):
    u.stack[-1] = (u.stack[-1],)


@_op(TUPLE2)
def _load_tuple2(u):
    u.stack[-2:] = [(u.stack[-2], u.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(u):
    u.stack[-3:] = [(u.stack[-3], u.stack[-2], u.stack[-1])]


@_op(TUPLE)
def _load_tuple(u):
    items = u.pop_mark()
    u.stack.append(tuple(items))


@_op(EMPTY_LIST)
def _load_empty_list(u):
    u.stack.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(u):
    u.stack.append({})


@_op(EMPTY_SET)
def _load_empty_set(u):
    u.stack.append(set())


@_op(LIST)
def _load_list(u):
    items = u.pop_mark()
    u.stack.append(items)


@_op(DICT)
def _load_dict(u):
    items = u.pop_mark()
    u.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


@_op(FROZENSET)
def _load_frozenset(u):
    items = u.pop_mark()
    u.stack.append(frozenset(items))


@_op(MARK)
def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []


@_op(POP)
def _load_pop(u):
    if u.stack:
        del u.stack[-1]
    else:
        u.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(u):
    u.pop_mark()


@_op(DUP)
def _load_dup(u):
    u.stack.append(u.stack[-1])


@_op(APPEND)
def _load_append(u):
    value = u.stack.pop()
    u.stack[-1].append(value)


@_op(APPENDS)
def _load_appends(u):
    items = u.pop_mark()
    list_obj = u.stack[-1]
    try:
        extend = list_obj.extend
    except AttributeError:
        pass
    else:
        extend(items)
        return
    append = list_obj.append
    for item in items:
        append(item)


@_op(SETITEM)
def _load_setitem(u):
    value = u.stack.pop()
    key = u.stack.pop()
    u.stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(u):
    items = u.pop_mark()
    d = u.stack[-1]
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(u):
    items = u.pop_mark()
    set_obj = u.stack[-1]
    if isinstance(set_obj, set):
        set_obj.update(items)
    else:
        add = set_obj.add
        for item in items:
            add(item)


@_op(MEMOIZE)
def _load_memoize(u):
    u.memo[len(u.memo)] = u.stack[-1]


@_op(BINPUT)
def _load_binput(u):
    u.memo[u.read(1)[0]] = u.stack[-1]


@_op(LONG_BINPUT)
def _load_long_binput(u):
    u.memo[struct.unpack('<I', u.read(4))[0]] = u.stack[-1]


@_op(BINGET)
def _load_binget(u):
    i = u.read(1)[0]
    try:
        u.stack.append(u.memo[i])
    except KeyError:
        raise UnpicklingError('Memo value not found at index %d' % i) from None


@_op(LONG_BINGET)
def _load_long_binget(u):
    i = struct.unpack('<I', u.read(4))[0]
    try:
        u.stack.append(u.memo[i])
    except KeyError:
        raise UnpicklingError('Memo value not found at index %d' % i) from None


@_op(STACK_GLOBAL)
def _load_stack_global(u):
    name = u.stack.pop()
    module = u.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    u.stack.append(u.find_class(module, name))


@_op(GLOBAL)
def _load_global(u):
    module = u._file_readline()[:-1].decode('utf-8')
    name = u._file_readline()[:-1].decode('utf-8')
    u.stack.append(u.find_class(module, name))


@_op(REDUCE)
def _load_reduce(u):
    args = u.stack.pop()
    func = u.stack[-1]
    u.stack[-1] = func(*args)


@_op(NEWOBJ)
def _load_newobj(u):
    args = u.stack.pop()
    cls = u.stack.pop()
    u.stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u):
    kwargs = u.stack.pop()
    args = u.stack.pop()
    cls = u.stack.pop()
    u.stack.append(cls.__new__(cls, *args, **kwargs))


@_op(BUILD)
def _load_build(u):
    state = u.stack.pop()
    inst = u.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst_dict = inst.__dict__
        for k, v in state.items():
            inst_dict[k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """The object a pickle (bytes) holds."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()
