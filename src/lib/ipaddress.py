"""tspy's own `ipaddress`: IPv4/IPv6 addresses, networks and interfaces with
CPython's parsing rules, error messages, properties (is_private, ...), subnet
arithmetic, collapse_addresses and summarize_address_range."""

import functools

__all__ = [
    'IPV4LENGTH', 'IPV6LENGTH', 'AddressValueError', 'NetmaskValueError',
    'ip_address', 'ip_network', 'ip_interface', 'v4_int_to_packed', 'v6_int_to_packed',
    'summarize_address_range', 'collapse_addresses', 'get_mixed_type_key',
    'IPv4Address', 'IPv4Network', 'IPv4Interface', 'IPv6Address', 'IPv6Network', 'IPv6Interface',
]

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def _first_of(kind, address, classes):
    for cls in classes:
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or integer."""
    return _first_of('address', address, (IPv4Address, IPv6Address))


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network from a string or integer."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface from a string or integer."""
    return _first_of('interface', address, (IPv4Interface, IPv6Interface))


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """Yield the fewest networks that exactly cover first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == (1 << bits) - 1:
            break


def collapse_addresses(addresses):
    """Collapse addresses and networks into the fewest covering networks."""
    spans = []
    last = None
    for item in addresses:
        if isinstance(item, _BaseAddress):
            lo = hi = item._ip
        elif isinstance(item, _BaseNetwork):
            lo, hi = item.network_address._ip, item.broadcast_address._ip
        else:
            lo = hi = item._ip
            item = item.network if item._prefixlen != item.max_prefixlen else item
        if last is not None and last.version != item.version:
            raise TypeError("%s and %s are not of the same version" % (item, last))
        last = item
        spans.append((lo, hi))
    if last is None:
        return iter(())
    addr_cls = IPv4Address if last.version == 4 else IPv6Address
    spans.sort()
    merged = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return iter([net for lo, hi in merged
                 for net in summarize_address_range(addr_cls(lo), addr_cls(hi))])


def get_mixed_type_key(obj):
    """A sort key for mixed lists of addresses and networks."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces share."""
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address" % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected):
        if len(address) != expected:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected, self._version))

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._report_invalid_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_mask_int(cls, value):
        # The prefix length of a /1*0*/ mask, or None.
        zeros = _trailing_zero_bits(value, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        return prefixlen if value >> zeros == (1 << prefixlen) - 1 else None

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if isinstance(address, (tuple, list)):
            return address[0], (address[1] if len(address) > 1 else cls._max_prefixlen)
        parts = str(address).split('/')
        if len(parts) > 2:
            raise AddressValueError(f"Only one '/' permitted in {address!r}")
        return parts[0], (parts[1] if len(parts) == 2 else cls._max_prefixlen)

    @classmethod
    def _make_netmask(cls, arg):
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        elif cls._version == 4:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_mask_string(arg)
        else:
            prefixlen = cls._prefix_from_prefix_string(arg)
        mask = cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)
        return cls._address_class(mask), prefixlen

    @classmethod
    def _prefix_from_mask_string(cls, text):
        try:
            value = cls._ip_int_from_string(text)
        except AddressValueError:
            cls._report_invalid_netmask(text)
        prefixlen = cls._prefix_from_mask_int(value)
        if prefixlen is None:
            prefixlen = cls._prefix_from_mask_int(value ^ cls._ALL_ONES)
        if prefixlen is None:
            cls._report_invalid_netmask(text)
        return prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address: an integer with a version."""
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        import re
        m = re.fullmatch('(#?)(_?)([xbnX])', fmt)
        if m is None:
            return super().__format__(fmt)
        alternate, grouping, base = m.groups()
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), f'{alternate}0{width}{grouping}{base}')

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: a network address and a prefix length."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def _setup(self, address, strict):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        value = int(self.network_address)
        if value & int(self.netmask) != value:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(value & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [self._address_class(addr)]

    def hosts(self):
        """The usable host addresses of the network."""
        first, last = int(self.network_address), int(self.broadcast_address)
        for x in range(first + 1, last + (self._version == 6)):
            yield self._address_class(x)

    def __iter__(self):
        for x in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._address_class(first + n)
        if last + n + 1 < first:
            raise IndexError('address out of range')
        return self._address_class(last + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Yield the networks left of this one after removing other."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        low, high = self.subnets()
        while low != other and high != other:
            if other.subnet_of(low):
                yield high
                low, high = low.subnets()
            else:
                yield low
                low, high = high.subnets()
        yield high if low == other else low

    def compare_networks(self, other):
        """-1, 0 or 1 comparing version, network address and netmask."""
        for a, b in ((self._version, other._version),
                     (self.network_address, other.network_address),
                     (self.netmask, other.netmask)):
            if a < b:
                return -1
            if a > b:
                return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets prefixlen_diff bits longer (or of new_prefix)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of new_prefix)."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network is a subnet of other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether this network is a supernet of other."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_private(self):
        lo, hi = self.network_address, self.broadcast_address
        return any(lo in net and hi in net for net in self._address_class._private_networks())

    @property
    def is_global(self):
        return not self.is_private


class _BaseInterface:
    """An address together with the network it belongs to."""

    def _setup_interface(self, address, addr_cls, net_cls):
        addr, mask = self._split_addr_prefix(address)
        addr_cls.__init__(self, addr)
        self.network = net_cls((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        same = self._address_class.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


# -- IPv4 ----------------------------------------------------------------------

class _BaseV4:
    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    @classmethod
    def _ip_int_from_string(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % text)
        try:
            return int.from_bytes(bytes(map(cls._parse_octet, octets)), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None

    @staticmethod
    def _parse_octet(octet):
        if not octet:
            raise ValueError("Empty octet not permitted")
        if not (octet.isascii() and octet.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet)
        if len(octet) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet)
        if octet != '0' and octet[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet)
        value = int(octet, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, value):
        return '.'.join(map(str, value.to_bytes(4, 'big')))

    def _explode_shorthand_ip_string(self):
        return str(self)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """A single IPv4 address."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @staticmethod
    def _private_networks():
        return _V4.private

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return any(self in net for net in _V4.private)

    @property
    def is_global(self):
        return self not in _V4.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.link_local


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address with its network."""

    def __init__(self, address):
        self._setup_interface(address, IPv4Address, IPv4Network)

    __hash__ = _BaseInterface.__hash__


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: '192.0.2.0/24', '192.0.2.0/255.255.255.0', ..."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._setup(address, strict)

    @property
    def is_global(self):
        shared = _V4.shared
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


IPv4Interface._address_class = IPv4Address
IPv4Address._address_class = IPv4Address

# -- IPv6 ----------------------------------------------------------------------


class _BaseV6:
    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8

    @classmethod
    def _ip_int_from_string(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % text)
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
            parts.append('%x' % (v4 >> 16))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (cls._HEXTET_COUNT, text))
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % text)
                gap = i
        leading = "Leading ':' only permitted as part of '::' in %r" % text
        trailing = "Trailing ':' only permitted as part of '::' in %r" % text
        if gap is not None:
            head, tail = gap, len(parts) - gap - 1
            if not parts[0]:
                head -= 1
                if head:
                    raise AddressValueError(leading)
            if not parts[-1]:
                tail -= 1
                if tail:
                    raise AddressValueError(trailing)
            skipped = cls._HEXTET_COUNT - (head + tail)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, text))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, text))
            if not parts[0]:
                raise AddressValueError(leading)
            if not parts[-1]:
                raise AddressValueError(trailing)
            head, tail, skipped = len(parts), 0, 0
        try:
            value = 0
            for part in parts[:head]:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * skipped
            for part in parts[len(parts) - tail:]:
                value = (value << 16) | cls._parse_hextet(part)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None

    @staticmethod
    def _parse_hextet(part):
        if not all(c in '0123456789abcdefABCDEF' for c in part):
            raise ValueError("Only hex digits permitted in %r" % part)
        if len(part) > 4:
            raise ValueError("At most 4 characters permitted in %r" % part)
        return int(part, 16)

    @classmethod
    def _string_from_ip_int(cls, value):
        hextets = ['%x' % ((value >> shift) & 0xFFFF) for shift in range(112, -16, -16)]
        best_start, best_len, start, run = -1, 0, -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if run == 0:
                    start = i
                run += 1
                if run > best_len:
                    best_start, best_len = start, run
            else:
                run = 0
        if best_len > 1:
            end = best_start + best_len
            head = ':'.join(hextets[:best_start])
            tail = ':'.join(hextets[end:])
            return head + '::' + tail
        return ':'.join(hextets)

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            value, suffix = int(self.network_address), '/%d' % self._prefixlen
        elif isinstance(self, IPv6Interface):
            value, suffix = self._ip, '/%d' % self._prefixlen
        else:
            value, suffix = self._ip, ''
        text = '%032x' % value
        return ':'.join(text[i:i + 4] for i in range(0, 32, 4)) + suffix

    def _reverse_pointer(self):
        digits = '%032x' % (self._ip if not isinstance(self, IPv6Network) else int(self.network_address))
        return '.'.join(reversed(digits)) + '.ip6.arpa'


class IPv6Address(_BaseV6, _BaseAddress):
    """A single IPv6 address (optionally with a %scope_id)."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, sep, scope = text.partition('%')
        if not sep:
            scope = None
        elif not scope or '%' in scope:
            raise AddressValueError('Invalid IPv6 address: "%r"' % str(address))
        self._scope_id = scope
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @staticmethod
    def _private_networks():
        return _V6.private

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return any(self in net for net in _V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.link_local

    @property
    def is_site_local(self):
        return self in _V6.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _V6.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address with its network."""

    def __init__(self, address):
        self._setup_interface(address, IPv6Address, IPv6Network)

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    __hash__ = _BaseInterface.__hash__

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: '2001:db8::/32', ..."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._setup(address, strict)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


IPv6Interface._address_class = IPv6Address
IPv6Address._address_class = IPv6Address


class _V4:
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    reserved = IPv4Network('240.0.0.0/4')
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
        '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32')]


class _V6:
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    site_local = IPv6Network('fec0::/10')
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5',
        'F800::/6', 'FE00::/9')]
