"""Rational numbers: tspy's own `fractions.Fraction`."""

import math
import sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:
    _HASH_MODULUS = 2 ** 61 - 1
    _HASH_INF = 314159


def _gcd(a, b):
    try:
        return math.gcd(a, b)
    except AttributeError:
        a, b = abs(a), abs(b)
        while b:
            a, b = b, a % b
        return a


def _parse(s):
    """Parse '[sign] int [/ int]' or a decimal/exponent literal into (num, den)."""
    t = s.strip().replace('_', '')
    if not t:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    if '/' in t:
        a, _, b = t.partition('/')
        a, b = a.strip(), b.strip()
        if a[:1] in '+-':
            digits = a[1:]
        else:
            digits = a
        if not digits.isdigit() or not b.isdigit():
            raise ValueError('Invalid literal for Fraction: %r' % s)
        return int(a), int(b)
    sign = 1
    if t[0] in '+-':
        if t[0] == '-':
            sign = -1
        t = t[1:]
    exp = 0
    low = t.lower()
    if 'e' in low:
        mant, _, e = low.partition('e')
        if not e or not e.lstrip('+-').isdigit():
            raise ValueError('Invalid literal for Fraction: %r' % s)
        exp = int(e)
        t = mant
    if '.' in t:
        ip, _, fp = t.partition('.')
    else:
        ip, fp = t, ''
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()) or not (ip or fp):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    num = int(ip + fp) if (ip + fp) else 0
    den = 10 ** len(fp)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator > 0.

    Fraction(3, 4), Fraction('3/4'), Fraction('1.25'), Fraction(0.5), Fraction(other_fraction)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                numerator, denominator = numerator.numerator, numerator.denominator
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = (numerator._numerator, numerator._denominator) if isinstance(numerator, Fraction) else (numerator, 1)
                n2, d2 = (denominator._numerator, denominator._denominator) if isinstance(denominator, Fraction) else (denominator, 1)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int) to a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact with int/Fraction, float with float, complex with complex

    def _operate(self, other, fop, pop, reverse):
        if isinstance(other, (int, Fraction)):
            o = other if isinstance(other, Fraction) else Fraction(other)
            return fop(o, self) if reverse else fop(self, o)
        if isinstance(other, float):
            return pop(other, float(self)) if reverse else pop(float(self), other)
        if isinstance(other, complex):
            return pop(other, complex(float(self))) if reverse else pop(complex(float(self)), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    @staticmethod
    def _sub(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            na, db, da = a._numerator, b._denominator, a._denominator
            g1 = _gcd(na, 0) or 1
            g2 = _gcd(db, da) or 1
            raise ZeroDivisionError('Fraction(%s, 0)' % ((na // g1) * (db // g2)))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, other):
        return self._operate(other, Fraction._add, lambda x, y: x + y, False)

    def __radd__(self, other):
        return self._operate(other, Fraction._add, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._operate(other, Fraction._sub, lambda x, y: x - y, False)

    def __rsub__(self, other):
        return self._operate(other, Fraction._sub, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._operate(other, Fraction._mul, lambda x, y: x * y, False)

    def __rmul__(self, other):
        return self._operate(other, Fraction._mul, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._operate(other, Fraction._div, lambda x, y: x / y, False)

    def __rtruediv__(self, other):
        return self._operate(other, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._operate(other, Fraction._floordiv, lambda x, y: x // y, False)

    def __rfloordiv__(self, other):
        return self._operate(other, Fraction._floordiv, lambda x, y: x // y, True)

    def __divmod__(self, other):
        return self._operate(other, Fraction._divmod, divmod, False)

    def __rdivmod__(self, other):
        return self._operate(other, Fraction._divmod, divmod, True)

    def __mod__(self, other):
        return self._operate(other, Fraction._mod, lambda x, y: x % y, False)

    def __rmod__(self, other):
        return self._operate(other, Fraction._mod, lambda x, y: x % y, True)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other) if isinstance(other, int) else other._numerator
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power, _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction(self._denominator ** -power, self._numerator ** -power, _normalize=False)
            return Fraction((-self._denominator) ** -power, (-self._numerator) ** -power, _normalize=False)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        if isinstance(other, Fraction):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, (float, complex)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    # What CPython's Fraction inherits from numbers.Rational/Real/Complex.
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._numerator == other and self._denominator == 1
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 == other
            return self == self.from_float(other)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            if not isinstance(other, Fraction):
                other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._richcmp(self.from_float(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._richcmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._richcmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._richcmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return bool(self._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


try:
    import numbers as _numbers
    _numbers.Rational.register(Fraction)
except (ImportError, AttributeError):
    pass
