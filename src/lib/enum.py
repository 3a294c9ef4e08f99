"""Enumerations: tspy's own implementation of the `enum` module (3.11 behaviour).

Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique, EnumType
(alias EnumMeta), the functional API, Flag pseudo-members and boundaries
(STRICT, CONFORM, EJECT, KEEP).
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'verify', 'member',
           'nonmember', 'property', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

import builtins as _builtins

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an attribute to become a member."""
    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an attribute from becoming a member."""
    def __init__(self, value):
        self.value = value


class property(_builtins.property):
    """enum.property: a property whose failed assignment or deletion names its enum class."""

    def __set_name__(self, ownerclass, name):
        super().__set_name__(ownerclass, name)
        self.name = name
        self.clsname = ownerclass.__name__

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _bit_count(n):
    return bin(n).count('1')


def _is_single_bit(n):
    return n != 0 and (n & (n - 1)) == 0


def _iter_bits_lsb(n):
    while n:
        b = n & (~n + 1)
        yield b
        n ^= b


class _EnumDict(dict):
    """Class namespace of an enum body: rejects reusing a member name and, like
    CPython 3.11, resolves auto() when it is assigned, so later lines of the
    body see plain values (`WHITE = RED | GREEN` in a Flag)."""
    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._ignore = []
        self._last_values = []
        self._generate_next_value = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            self._ignore = list(value)
        elif key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif not _is_dunder(key) and not _is_sunder(key) and key not in self._ignore \
                and not _is_descriptor(value) and not isinstance(value, nonmember):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            forced = isinstance(value, member)
            if forced:
                value = value.value
            if isinstance(value, auto) and self._generate_next_value is not None:
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
            if forced:
                # keep the wrapper so EnumType.__new__ still sees a forced member (a function, say)
                value = member(value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: creates the members and makes the class iterable."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        for b in bases:
            gen = getattr(b, '_generate_next_value_', None)
            if gen is not None:
                d._generate_next_value = getattr(gen, '__func__', gen)
                break
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = list(classdict.get('_ignore_', []))
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # collect members in definition order
        member_names = []
        ns = {}
        for key in list(classdict.keys()):
            value = classdict[key]
            if key == '_ignore_' or key in ignore:
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                member_names.append(key)
                ns[key] = value.value
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) \
                    or _is_descriptor(value):
                ns[key] = value
                continue
            member_names.append(key)
            ns[key] = value
        invalid = [n for n in ('mro', '') if n in member_names]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (', '.join(repr(n) for n in invalid),))
        # resolve auto() values in order
        gen = ns.get('_generate_next_value_')
        if gen is None:
            for b in bases:
                gen = getattr(b, '_generate_next_value_', None)
                if gen is not None:
                    break
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        values = {}
        last_values = []
        for name in member_names:
            value = ns.pop(name)
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = gen(name, 1, len(last_values), last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            values[name] = value
            last_values.append(value)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_use_args_'] = member_type is not object
        if boundary is not None:
            ns['_boundary_'] = boundary
        plain = {}
        for k, v in ns.items():
            plain[k] = v
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        # how members are created: a __new__ in the body creates members, and
        # Enum.__new__ (value lookup) takes its place for calls like Color(1)
        custom_new = None
        new_in_body = plain.get('__new__')
        if new_in_body is not None and Enum is not None:
            custom_new = new_in_body
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__
            type.__setattr__(enum_class, '_new_member_', custom_new)
        else:
            for b in enum_class.__mro__[1:]:
                if isinstance(b, EnumType):
                    nm = b.__dict__.get('_new_member_')
                    if nm is not None:
                        custom_new = nm
                        break
                elif b is member_type:
                    break
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
            # the data type's repr/str/format must not win over the enum's
            for mname in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if mname not in plain:
                    enum_method = getattr(first_enum, mname)
                    found = getattr(enum_class, mname)
                    if found is getattr(object, mname) or found is getattr(member_type, mname):
                        type.__setattr__(enum_class, mname, enum_method)
        for name in member_names:
            enum_class._add_member_(name, values[name], custom_new, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            single = 0
            for name in enum_class._member_names_:
                v = enum_class._member_map_[name]._value_
                single |= v
            enum_class._flag_mask_ = single
            enum_class._all_bits_ = 2 ** (single.bit_length()) - 1 if single else 0
            enum_class._singles_mask_ = single
            if not hasattr(enum_class, '_boundary_') or enum_class._boundary_ is None:
                enum_class._boundary_ = STRICT
        return enum_class

    def _add_member_(cls, name, value, custom_new, member_type):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            enum_member = custom_new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        # alias?
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        is_flag = Flag is not None and issubclass(cls, Flag)
        if canonical is not None:
            enum_member = canonical
        else:
            # Flag: zero and multi-bit values are named aliases, not iterated
            if not is_flag or not isinstance(value, int) or _is_single_bit(value):
                cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                cls._unhashable_values_.append(enum_member)
        cls._member_map_[name] = enum_member
        type.__setattr__(cls, name, enum_member)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for b in bases[:-1]:
            pass
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or isinstance(base, type) and base in (int, str, float, tuple, bytes, complex):
                    member_type = base
                    break
            if member_type is not object:
                break
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, b))
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        if boundary is None:
            return metacls.__new__(metacls, class_name, bases, classdict)
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    _builtins.type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('cannot delete member %r.' % (attr,))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        try:
            from types import MappingProxyType
            return MappingProxyType(cls._member_map_)
        except Exception:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = set(['__class__', '__contains__', '__doc__', '__getitem__',
                     '__init_subclass__', '__iter__', '__len__', '__members__',
                     '__module__', '__name__', '__qualname__'])
        names.update(cls._member_names_)
        if cls is Enum or getattr(cls, '_new_member_', None) is not None:
            names.add('__new__')
        member_type = cls.__dict__.get('_member_type_', object)
        if member_type is not object:
            # a mixed-in data type shows everything it has
            names.update(dir(member_type))
        return sorted(names)


EnumMeta = EnumType


Enum = ReprEnum = IntEnum = StrEnum = Flag = IntFlag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if _builtins.type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
        except TypeError:
            last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = getattr(self.__class__, '_value_repr_', None)
        if v_repr is None:
            mt = self.__class__._member_type_
            v_repr = repr if mt is object else mt.__repr__
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        if self.__class__._member_type_ is not object:
            names.update(object.__dir__(self))
        members = self._member_map_
        for k in getattr(self, '__dict__', ()):
            if k[0] != '_' and k not in members:
                names.add(k)
        # public methods and properties of the enum classes (name and value
        # come from Enum itself); member names are not attributes of a member
        for cls in self.__class__.__mro__:
            for k in cls.__dict__:
                if k[0] != '_' and k not in members:
                    names.add(k)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits outside its members: raise (STRICT),
    drop them (CONFORM), return a plain int (EJECT) or keep them (KEEP)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, bin(unknown)))
        mt = cls._member_type_
        if mt is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = mt.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or unknown:
            members = [m for m in cls._iter_members_(member_value)]
            names = [m._name_ for m in members]
            if unknown:
                names.append(hex(unknown) if False else str(unknown))
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and _is_single_bit(v) and v & value == v:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_members_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        mt = self.__class__._member_type_
        v_repr = repr if mt is object else mt.__repr__
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


def unique(enumeration):
    """Class decorator: raise ValueError if any value is used by two names."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Export the members of cls into its module's namespace."""
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The checks enum.verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration for the given EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (name, m.name)
                           for name, m in enumeration.__members__.items() if name != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    # every power of two between the lowest and highest bit
                    missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_ or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        what = 'alias %s is missing' % missing_names[0]
                    else:
                        what = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, what, value))
        return enumeration
