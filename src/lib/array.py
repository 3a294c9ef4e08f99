"""Arrays of numeric values (CPython 3.11 ``array`` API), tspy's own implementation.

Items live in a Python list and are checked/converted on the way in like
CPython's C array (range checks with its OverflowError messages, 'f' items
rounded to single precision); the machine representation (``tobytes``,
``frombytes``, ``itemsize``) is the x86-64 Linux one: little-endian, 'l'/'L'
8 bytes, 'u' 4 bytes (UCS-4 wchar_t). ``buffer_info()[0]`` is the array's
id() (tspy exposes no memory addresses).
"""

import struct as _struct
from types import GenericAlias

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct code, itemsize, min, max, overflow messages (low, high))
_INT_CODES = {
    'b': ('b', 1, -2**7, 2**7 - 1, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': ('B', 1, 0, 2**8 - 1, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': ('h', 2, -2**15, 2**15 - 1, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': ('H', 2, 0, 2**16 - 1, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': ('i', 4, -2**31, 2**31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': ('I', 4, 0, 2**32 - 1, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': ('q', 8, -2**63, 2**63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
    'L': ('Q', 8, 0, 2**64 - 1, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
    'q': ('q', 8, -2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': ('Q', 8, 0, 2**64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}
_ITEMSIZE = {'f': 4, 'd': 8, 'u': 4}
for _k, _v in _INT_CODES.items():
    _ITEMSIZE[_k] = _v[1]


def _struct_code(tc):
    if tc in _INT_CODES:
        return _INT_CODES[tc][0]
    if tc == 'u':
        return 'I'
    return tc


def _check(tc, v):
    if tc in _INT_CODES:
        code, size, lo, hi, msg_lo, msg_hi = _INT_CODES[tc]
        if isinstance(v, float) or not hasattr(type(v), '__index__'):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        v = v.__index__()
        if v < lo:
            raise OverflowError(msg_lo)
        if v > hi:
            raise OverflowError(msg_hi)
        return int(v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
        raise TypeError(f'must be real number, not {type(v).__name__}')
    v = float(v)
    if tc == 'f':
        v = _struct.unpack('<f', _struct.pack('<f', v))[0] if v == v and abs(v) < 3.5e38 else v
    return v


class array:
    """array(typecode[, initializer]) -> array of numbers or unicode characters."""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, array):
                if typecode != 'u' and initializer._tc == 'u':
                    raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
                self._items = [_check(typecode, v) for v in initializer._items]
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self._items = list(initializer)
            else:
                self._items = [_check(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._tc

    @property
    def itemsize(self):
        """The length in bytes of one array item."""
        return _ITEMSIZE[self._tc]

    def _same(self, other):
        return isinstance(other, array) and other._tc == self._tc

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    # -- sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)), None)

    # -- methods
    def append(self, v, /):
        """Append a new item to the end of the array."""
        self._items.append(_check(self._tc, v))

    def extend(self, bb, /):
        """Append items from an iterable (or an array of the same kind)."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
        else:
            tc = self._tc
            self._items.extend([_check(tc, v) for v in bb])

    def insert(self, i, v, /):
        """Insert a new item v before position i."""
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        """Remove and return item i (default last)."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        """Return the index of the first occurrence of v."""
        items = self._items
        n = len(items)
        if stop is None:
            stop = n
        try:
            return items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        """Number of occurrences of v."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in place."""
        self._items.reverse()

    def tolist(self):
        """Convert the array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, lst, /):
        """Append items from a list."""
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._items.extend([_check(tc, v) for v in lst])

    def tobytes(self):
        """The machine values as bytes (little-endian)."""
        code = _struct_code(self._tc)
        items = [ord(c) for c in self._items] if self._tc == 'u' else self._items
        return _struct.pack('<%d%s' % (len(items), code), *items)

    def frombytes(self, buffer, /):
        """Append items from machine values in a bytes-like object."""
        size = self.itemsize
        data = bytes(buffer)
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack('<%d%s' % (len(data) // size, _struct_code(self._tc)), data)
        if self._tc == 'u':
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def tounicode(self):
        """The 'u' array as a str."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extend a 'u' array with the characters of a str."""
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write the machine values to a binary file object."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n items (machine values) from a binary file object."""
        data = f.read(self.itemsize * n)
        if len(data) < self.itemsize * n:
            self.frombytes(data[:len(data) - len(data) % self.itemsize])
            raise EOFError('read() didn\'t return enough bytes')
        self.frombytes(data)

    def byteswap(self):
        """Swap the byte order of every item."""
        if self._tc == 'u' or self.itemsize == 1:
            if self._tc == 'u':
                raise NotImplementedError("array.byteswap() on 'u' arrays is not supported by tspy")
            return
        code = _struct_code(self._tc)
        n = len(self._items)
        data = _struct.pack('<%d%s' % (n, code), *self._items)
        self._items = list(_struct.unpack('>%d%s' % (n, code), data))

    def buffer_info(self):
        """(address, length): tspy reports id(self) as the address."""
        return (id(self), len(self._items))

    __class_getitem__ = classmethod(GenericAlias)


ArrayType = array
