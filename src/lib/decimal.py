"""Decimal fixed/floating-point arithmetic: the basics of CPython 3.11's ``decimal``.

tspy's own implementation of the General Decimal Arithmetic rules for the
common operations: construction from str/int/float/tuple, + - * / // % **
(integer exponents), comparisons, hashing consistent with int/float/Fraction,
str/repr (scientific notation rules), quantize, to_integral_value, round(),
int()/float(), normalize, as_tuple, adjusted, sqrt, fma, scaleb, logb,
next_plus/next_minus, remainder_near, number_class, exp/ln/log10 (correctly
rounded, half-even), NaN/Infinity, format specs, contexts (getcontext,
setcontext, localcontext, prec and rounding, the eight rounding modes) and the
signal exceptions (traps: InvalidOperation, DivisionByZero, Overflow). Not
provided: logical operations, non-integer powers other than 0.5 and the flags
bookkeeping beyond traps (NotImplementedError names the feature).
"""

import math as _math
from collections import namedtuple as _namedtuple
from _tspy_decmath import _fixed, _fixed_ln10, _fixed_exp, _fixed_ln

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
           'Underflow', 'FloatOperation', 'DivisionImpossible', 'DivisionUndefined',
           'ConversionSyntax', 'InvalidContext',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException):
    # CPython: FloatOperation(DecimalException, TypeError); tspy's class layout
    # rules reject an ArithmeticError/TypeError diamond.
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'


# the order in which a Context's repr lists flags and traps (libmpdec's bit order)
_SIGNAL_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
                      Overflow, Rounded, Subnormal, Underflow)


def _signal(context, cond, base=None):
    """Raise `cond` when its trap (or its base signal's trap) is enabled."""
    signal = base or cond
    context.flags[signal] = True
    if context.traps.get(signal):
        raise signal([cond])


class Context(object):
    """Precision, rounding and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        all_signals = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
                       Subnormal, Overflow, Underflow, FloatOperation]
        if traps is None:
            traps = dc.traps.copy() if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in all_signals}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in all_signals}
        if flags is None:
            flags = {s: False for s in all_signals}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in all_signals}
        self.traps = traps
        self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int) or value < 1:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        names = lambda d: '[' + ', '.join(k.__name__ for k in _SIGNAL_REPR_ORDER if d.get(k)) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags), names(self.traps)))

    def copy(self):
        """A copy of this context."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def create_decimal(self, num='0'):
        """Decimal(num) rounded to this context."""
        return Decimal(num)._fix(self)

    def Etiny(self):
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        return int(self.Emax - self.prec + 1)

    def add(self, a, b):
        return Decimal(a).__add__(b, self)

    def subtract(self, a, b):
        return Decimal(a).__sub__(b, self)

    def multiply(self, a, b):
        return Decimal(a).__mul__(b, self)

    def divide(self, a, b):
        return Decimal(a).__truediv__(b, self)

    def sqrt(self, a):
        return Decimal(a).sqrt(self)

    def exp(self, a):
        return Decimal(a).exp(self)

    def ln(self, a):
        return Decimal(a).ln(self)

    def log10(self, a):
        return Decimal(a).log10(self)

    def quantize(self, a, b):
        return Decimal(a).quantize(b, context=self)

    def power(self, a, b, modulo=None):
        return Decimal(a).__pow__(b, modulo, context=self)

    def divide_int(self, a, b):
        return Decimal(a).__floordiv__(b, self)

    def remainder(self, a, b):
        return Decimal(a).__mod__(b, self)

    def divmod(self, a, b):
        return Decimal(a).__divmod__(b, self)

    def abs(self, a):
        return Decimal(a).__abs__(context=self)

    def minus(self, a):
        return Decimal(a).__neg__(self)

    def plus(self, a):
        return Decimal(a).__pos__(self)

    def compare(self, a, b):
        return Decimal(a).compare(b, self)

    def max(self, a, b):
        return Decimal(a).max(b, self)

    def min(self, a, b):
        return Decimal(a).min(b, self)

    def to_integral_value(self, a):
        return Decimal(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def normalize(self, a):
        return Decimal(a).normalize(self)

    def is_zero(self, a):
        return Decimal(a).is_zero()

    def is_signed(self, a):
        return Decimal(a).is_signed()

    def is_nan(self, a):
        return Decimal(a).is_nan()

    def is_infinite(self, a):
        return Decimal(a).is_infinite()

    def is_finite(self, a):
        return Decimal(a).is_finite()


_current = [None]


def getcontext():
    """The current context (created from DefaultContext on first use)."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    """Make `context` the current context (DefaultContext and friends are copied)."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Context manager using a copy of ctx (default: the current context) with kwargs applied."""
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for key, value in kwargs.items():
        if not hasattr(mgr.new_context, key):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(mgr.new_context, key, value)
    return mgr


def _round_digits(sign, coeff, drop, rounding):
    """Drop `drop` (> 0) trailing digits of coeff with the rounding mode; returns the new coefficient."""
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


def _digits(n):
    return len(str(n))


_FORMAT_SPEC_RE = None


def _parse_format_spec(format_spec):
    """The parts of a Decimal format spec (the mini-language without '#' and '_'; 'n' works as 'g')."""
    global _FORMAT_SPEC_RE
    if _FORMAT_SPEC_RE is None:
        import re
        _FORMAT_SPEC_RE = re.compile(r"""\A
(?:(?P<fill>.)?(?P<align>[<>=^]))?
(?P<sign>[-+ ])?
(?P<no_neg_0>z)?
(?P<zeropad>0)?
(?P<minimumwidth>(?!0)\d+)?
(?P<thousands_sep>,)?
(?:\.(?P<precision>0|(?!0)\d+))?
(?P<type>[eEfFgGn%])?
\Z""", re.VERBOSE | re.DOTALL)
    m = _FORMAT_SPEC_RE.match(format_spec)
    if m is None:
        # CPython's C decimal (libmpdec) takes no '#' or '_' and gives no detail
        raise ValueError("invalid format string")
    spec = m.groupdict()
    fill = spec['fill']
    align = spec['align']
    # a '0' flag means fill '0' with '=' alignment for finite numbers only (see __format__)
    spec['zeropad'] = spec['zeropad'] is not None and fill is None and align is None
    spec['fill'] = fill or ' '
    spec['align'] = align or '>'
    if spec['sign'] is None:
        spec['sign'] = '-'
    spec['minimumwidth'] = int(spec['minimumwidth'] or '0')
    if spec['precision'] is not None:
        spec['precision'] = int(spec['precision'])
    if spec['precision'] == 0 and (spec['type'] is None or spec['type'] in 'gGn'):
        spec['precision'] = 1
    if spec['type'] == 'n':
        spec['type'] = 'g'
    spec['thousands_sep'] = spec['thousands_sep'] or ''
    return spec


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    padding = spec['fill'] * (spec['minimumwidth'] - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, sep, min_width):
    """Group digits by three from the right, zero-padding (through separators) to min_width."""
    if not sep:
        return digits.rjust(min_width, '0') if min_width > len(digits) else digits
    groups = []
    while True:
        n = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (n - len(digits)) + digits[-n:])
        digits = digits[:-n]
        min_width -= n
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, kind, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or kind in 'eE':
        fracpart += '%s%+d' % ('E' if kind in 'EG' else 'e', exp)
    if kind == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec['thousands_sep'], min_width)
    return _format_align(sign, intpart + fracpart, spec)


def _fmt_rescale(sign, coeff, exp, target, rounding):
    """(coeff, exp) rounded to exponent `target` with the rounding mode (no context)."""
    if not coeff:
        return 0, target
    if exp >= target:
        return coeff * 10 ** (exp - target), target
    q, _ = _round_digits(sign, coeff, target - exp, rounding)
    return q, target


def _fmt_round_sig(sign, coeff, exp, places, rounding):
    """(coeff, exp) rounded to `places` significant digits (a zero is left alone)."""
    if not coeff:
        return coeff, exp
    adjusted = exp + _digits(coeff) - 1
    c, e = _fmt_rescale(sign, coeff, exp, adjusted + 1 - places, rounding)
    if e + _digits(c) - 1 != adjusted:
        # rounding carried into a new digit (99.97 -> 100.0): rescale once more
        c, e = _fmt_rescale(sign, c, e, e + _digits(c) - places, rounding)
    return c, e


class Decimal(object):
    """Floating-point decimal number: Decimal('3.14'), Decimal(5), Decimal(0.1)."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value.strip().replace('_', ''))
            if parsed is None:
                _signal(context or getcontext(), ConversionSyntax, InvalidOperation)
                self._sign, self._int, self._exp, self._special = 0, 0, 'n', True
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = False
            return self
        if isinstance(value, float):
            # CPython's constructor flags (or, when trapped, raises) FloatOperation;
            # Decimal.from_float is the silent conversion
            _signal(context or getcontext(), FloatOperation)
            return cls.from_float(value)
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._int, self._exp, self._special = 0, exp, True
            else:
                self._int = int(''.join(str(d) for d in digits) or '0')
                self._exp = exp
                self._special = False
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if _math.isnan(f):
            return cls('-NaN' if _math.copysign(1.0, f) < 0 else 'NaN')
        if _math.isinf(f):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = cls((sign, (), 0))
        result._int = n * 5 ** k
        result._exp = -k
        return cls(result) if cls is Decimal else cls(result)

    # -- predicates and parts
    def is_nan(self):
        return self._special and self._exp in ('n', 'N')

    def is_snan(self):
        return self._special and self._exp == 'N'

    def is_qnan(self):
        return self._special and self._exp == 'n'

    def is_infinite(self):
        return self._special and self._exp == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._special:
            return DecimalTuple(self._sign, (0,) if self._exp == 'F' else (), self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n //= g
        d //= g
        return (-n if self._sign else n, d)

    # -- conversion to text
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._exp == 'F':
                return sign + 'Infinity'
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + (str(self._int) if self._int else '')
        coeff = str(self._int)
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        """format(Decimal, spec): fill/align, sign, z, 0, width, ',', precision, eEfFgGn%."""
        if context is None:
            context = getcontext()
        spec = _parse_format_spec(specifier)
        if self._special:
            body = ('Infinity' if self._exp == 'F' else ('sNaN' if self._exp == 'N' else 'NaN') + (str(self._int) if self._int else ''))
            if spec['type'] == '%':
                body += '%'
            return _format_align(_format_sign(self._sign, spec), body, spec)
        if spec['zeropad']:
            spec['fill'] = '0'
            spec['align'] = '='
        kind = spec['type']
        if kind is None:
            kind = 'G' if context.capitals else 'g'
        sign, coeff, exp = self._sign, self._int, self._exp
        if kind == '%':
            exp += 2
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if kind in 'eE':
                coeff, exp = _fmt_round_sig(sign, coeff, exp, precision + 1, rounding)
            elif kind in 'fF%':
                coeff, exp = _fmt_rescale(sign, coeff, exp, -precision, rounding)
            elif kind in 'gG' and _digits(coeff) > precision:
                coeff, exp = _fmt_round_sig(sign, coeff, exp, precision, rounding)
        # zeros with a positive exponent have no fixed-point form: use 0e0
        if not coeff and exp > 0 and kind in 'fF%':
            exp = 0
        if not coeff and spec['no_neg_0']:
            sign = 0
        digits = str(coeff)
        leftdigits = exp + len(digits)
        if kind in 'eE':
            dotplace = 1 - precision if not coeff and precision is not None else 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if exp <= 0 and leftdigits > -6 else 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        return _format_number(sign, intpart, fracpart, leftdigits - dotplace, kind, spec)

    def _plain(self, places):
        """Fixed-point text with `places` fractional digits (ROUND_HALF_EVEN)."""
        q = self.quantize(Decimal((0, (1,), -places)), rounding=getcontext().rounding, _noprec=True)
        s = str(q._int).rjust(places + 1, '0')
        intpart = s[:len(s) - places] if places else s
        if q._exp > 0:
            intpart = str(q._int) + '0' * q._exp
            frac = ''
        else:
            frac = s[len(s) - places:] if places else ''
        return ('-' if q._sign else '') + intpart + ('.' + frac if places else '')

    def _round_sig(self, n):
        d = _digits(self._int)
        if d <= n:
            return self
        coeff, _ = _round_digits(self._sign, self._int, d - n, ROUND_HALF_EVEN)
        exp = self._exp + d - n
        if _digits(coeff) > n:
            coeff //= 10
            exp += 1
        return Decimal((self._sign, str(coeff), exp))

    # -- rounding to a context
    def _fix(self, context):
        if self._special:
            return self
        prec = context.prec
        d = _digits(self._int)
        if d <= prec:
            return self._check_exp(context)
        drop = d - prec
        coeff, inexact = _round_digits(self._sign, self._int, drop, context.rounding)
        exp = self._exp + drop
        if _digits(coeff) > prec:
            coeff //= 10
            exp += 1
        if inexact:
            context.flags[Inexact] = True
            if context.traps.get(Inexact):
                raise Inexact([Inexact])
        context.flags[Rounded] = True
        return Decimal((self._sign, str(coeff), exp))._check_exp(context)

    def _check_exp(self, context):
        if self._int and self.adjusted() > context.Emax:
            _signal(context, Overflow)
            return Decimal('-Infinity' if self._sign else 'Infinity')
        return self

    # -- arithmetic helpers
    def _nan_check(self, other, context):
        """The result of an operation on a NaN operand, or None: an sNaN (self's
        first) signals InvalidOperation and comes back quiet, as CPython's
        _check_nans does; otherwise the first quiet NaN."""
        if self.is_nan() or (other is not None and other.is_nan()):
            if self.is_snan() or (other is not None and other.is_snan()):
                _signal(context, InvalidOperation)
                snan = self if self.is_snan() else other
                quiet = object.__new__(Decimal)
                quiet._sign, quiet._int, quiet._exp, quiet._special = snan._sign, snan._int, 'n', True
                return quiet
            return self if self.is_nan() else other
        return None

    def _invalid(self, context):
        _signal(context, InvalidOperation)
        return Decimal('NaN')

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other, context)
        if nan is not None:
            return nan
        if self._special or other._special:
            if self.is_infinite() and other.is_infinite() and self._sign != other._sign:
                return self._invalid(context)
            return Decimal(self if self.is_infinite() else other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal((sign, str(abs(total)), exp))._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        # NaNs are checked before the negation: a NaN operand keeps its sign.
        nan = self._nan_check(other, context or getcontext())
        if nan is not None:
            return nan
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self.is_zero() or other.is_zero():
                return self._invalid(context)
            return Decimal('-Infinity' if sign else 'Infinity')
        return Decimal((sign, str(self._int * other._int), self._exp + other._exp))._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self.is_infinite() and other.is_infinite():
                return self._invalid(context)
            if self.is_infinite():
                return Decimal('-Infinity' if sign else 'Infinity')
            return Decimal((sign, '0', context.Etiny()))
        if other._int == 0:
            if self._int == 0:
                _signal(context, DivisionUndefined, InvalidOperation)
                return Decimal('NaN')
            _signal(context, DivisionByZero)
            return Decimal('-Infinity' if sign else 'Infinity')
        if self._int == 0:
            return Decimal((sign, '0', self._exp - other._exp))._fix(context)
        prec = context.prec
        shift = _digits(other._int) - _digits(self._int) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return Decimal((sign, str(coeff), exp))._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod(self, other, context):
        if other.is_zero():
            if self.is_zero():
                _signal(context, DivisionUndefined, InvalidOperation)
                return Decimal('NaN'), Decimal('NaN')
            _signal(context, InvalidOperation)
            return Decimal('NaN'), Decimal('NaN')
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            _signal(context, DivisionImpossible, InvalidOperation)
            return Decimal('NaN'), Decimal('NaN')
        quotient = Decimal((sign, str(q), 0))
        remainder = Decimal((self._sign, str(r), exp))._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other, context)
        if nan is not None:
            return nan
        if self._special or other._special:
            raise NotImplementedError('Decimal // with infinities is not supported by tspy')
        return self._divmod(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other, context)
        if nan is not None:
            return nan
        if self._special or other._special:
            raise NotImplementedError('Decimal % with infinities is not supported by tspy')
        return self._divmod(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            raise NotImplementedError('three-argument pow() on Decimal is not supported by tspy')
        if self._special or other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            if not self._special and not other._special and self._sign == 0:
                return self._pow_fractional(other, context)
            raise NotImplementedError('Decimal ** with this operand is not supported by tspy')
        n = other._int * 10 ** max(other._exp, 0) if other._exp >= 0 else other._int // 10 ** -other._exp
        if other._sign:
            n = -n
        if n == 0:
            if self.is_zero():
                return self._invalid(context)
            return Decimal(1)
        if n > 0:
            extra = Context(prec=context.prec + _digits(n) + 2, rounding=ROUND_HALF_EVEN)
            extra.traps = {k: False for k in context.traps}
            result = Decimal(1)
            base = self
            k = n
            while k:
                if k & 1:
                    result = result.__mul__(base, extra)
                k >>= 1
                if k:
                    base = base.__mul__(base, extra)
            return result._fix(context)
        if self.is_zero():
            _signal(context, DivisionByZero)
            return Decimal('-Infinity' if self._sign and n % 2 else 'Infinity')
        extra = Context(prec=context.prec + _digits(-n) + 2)
        pos = self.__pow__(Decimal(-n), context=extra)
        return Decimal(1).__truediv__(pos, context)

    def _pow_fractional(self, other, context):
        if other == Decimal('0.5'):
            return self.sqrt(context)
        raise NotImplementedError('Decimal ** with a non-integer exponent is not supported by tspy')

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def sqrt(self, context=None):
        """Square root, correctly rounded to the context precision."""
        context = context or getcontext()
        if self._special:
            if self.is_nan():
                return self
            if self._sign:
                return self._invalid(context)
            return Decimal(self)
        if self.is_zero():
            return Decimal((self._sign, '0', self._exp // 2))
        if self._sign:
            return self._invalid(context)
        prec = context.prec
        ideal = self._exp // 2
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        shift = prec + 1 - (_digits(c) + 1) // 2
        if shift >= 0:
            c *= 100 ** shift
        else:
            c //= 100 ** -shift
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c and (shift <= 0 or True)
        if not exact:
            if r % 5 == 0:
                r += 1
        else:
            re_ = e // 2
            while re_ < ideal and r % 10 == 0:
                r //= 10
                re_ += 1
            return Decimal((0, str(r), re_))._fix(context)
        return Decimal((0, str(r), e // 2))._fix(context)

    # -- unary
    def __neg__(self, context=None):
        if self.is_nan():
            return self
        context = context or getcontext()
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return Decimal((0, '0', self._exp))
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        if self.is_nan():
            return self
        context = context or getcontext()
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return Decimal((0, '0', self._exp))
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if self.is_nan():
            return self
        r = self.copy_abs()
        return r._fix(context or getcontext()) if round else r

    def copy_abs(self):
        r = Decimal(self)
        r._sign = 0
        return r

    def copy_negate(self):
        r = Decimal(self)
        r._sign = 1 - self._sign
        return r

    def copy_sign(self, other):
        r = Decimal(self)
        r._sign = _convert(other)._sign
        return r

    # -- comparisons
    def _cmp(self, other):
        """-1, 0, 1 comparing two non-NaN decimals."""
        if self._special or other._special:
            a = (0 if not self.is_infinite() else (-1 if self._sign else 1))
            b = (0 if not other.is_infinite() else (-1 if other._sign else 1))
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        x, y = self.as_integer_ratio(), other.as_integer_ratio()
        lhs, rhs = x[0] * y[1], y[0] * x[1]
        return (lhs > rhs) - (lhs < rhs)

    def _compare_with(self, other, op, equality=False):
        if isinstance(other, float):
            # mixing with a float: == and != only set the flag, orderings obey the trap
            if equality:
                getcontext().flags[FloatOperation] = True
            else:
                _signal(getcontext(), FloatOperation)
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            if equality:
                return op == 'ne'
            if self.is_snan() or other.is_snan() or True:
                _signal(getcontext(), InvalidOperation)
            return False
        c = self._cmp(other)
        return {'eq': c == 0, 'ne': c != 0, 'lt': c < 0, 'le': c <= 0, 'gt': c > 0, 'ge': c >= 0}[op]

    def __eq__(self, other):
        return self._compare_with(other, 'eq', True)

    def __ne__(self, other):
        return self._compare_with(other, 'ne', True)

    def __lt__(self, other):
        return self._compare_with(other, 'lt')

    def __le__(self, other):
        return self._compare_with(other, 'le')

    def __gt__(self, other):
        return self._compare_with(other, 'gt')

    def __ge__(self, other):
        return self._compare_with(other, 'ge')

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1') (NaN when either is NaN)."""
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return Decimal('NaN')
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) <= 0 else other

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return hash(float('-inf') if self._sign else float('inf'))
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        from fractions import Fraction
        return hash(Fraction(n, d))

    def __bool__(self):
        return self._special or self._int != 0

    # -- integers and rounding
    def _to_int(self, rounding):
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_digits(self._sign, self._int, -self._exp, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._special:
            if self.is_nan():
                return float('-nan' if self._sign else 'nan')
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        return self.quantize(Decimal((0, (1,), -n)))

    def _unsupported(name):
        def method(self, *args, **kwargs):
            raise NotImplementedError('Decimal.%s() is not supported by tspy' % name)
        method.__name__ = name
        return method

    # -- exp, ln, log10: computed in fixed point with guard digits, retried
    # with more digits until the correctly rounded result is certain.

    def _transcendental(self, context, compute):
        context = context or getcontext()
        prec = context.prec
        guard = 12
        while True:
            results = []
            for width in (prec + guard, prec + guard + 12):
                fixed = compute(width)
                if fixed is None:
                    return None
                results.append(fixed)
            trial = context.copy()
            trial.rounding = ROUND_HALF_EVEN
            rounded = [self._fixed_to_context(v, w, trial.copy()) for v, w in results]
            if rounded[0] == rounded[1] and str(rounded[0]) == str(rounded[1]):
                # These functions always round half-even, whatever the context says.
                value, width = results[1]
                saved = context.rounding
                context.rounding = ROUND_HALF_EVEN
                try:
                    return self._fixed_to_context(value, width, context)
                finally:
                    context.rounding = saved
            guard *= 2

    @staticmethod
    def _fixed_to_context(value, width, context):
        # value * 10**-width, never exact: a sticky digit makes rounding see that.
        sign = 1 if value < 0 else 0
        return Decimal((sign, str(abs(value) * 10 + 1), -width - 1))._fix(context)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        context = context or getcontext()
        if self._special:
            if self.is_nan():
                return self._nan_check(None, context)
            return Decimal(0) if self._sign else Decimal(self)
        if self.is_zero():
            return Decimal(1)
        if self.adjusted() > 8:
            raise NotImplementedError('Decimal.exp() of a value this large is not supported by tspy')

        def compute(width):
            extra = max(0, self.adjusted()) + 2
            scale = width + extra
            x = _fixed(self, scale)
            ln10 = _fixed_ln10(scale + 10) // 10 ** 10
            n = (x + ln10 // 2) // ln10 if x >= 0 else -((-x + ln10 // 2) // ln10)
            r = x - n * ln10
            value = _fixed_exp(r, scale)
            # exp(self) = value * 10**(n - scale); keep `width` significant-ish digits.
            return value, scale - n
        return self._transcendental(context, compute)

    def _log_domain(self, context):
        """ln/log10 of NaN, an infinity, zero or a negative number (None for a positive finite one)."""
        if self._special:
            if self.is_nan():
                return self._nan_check(None, context)
            if self._sign:
                return self._invalid(context)
            return Decimal(self)
        if self.is_zero():
            return Decimal('-Infinity')
        if self._sign:
            return self._invalid(context)
        return None

    def ln(self, context=None):
        """The natural logarithm of self, correctly rounded."""
        context = context or getcontext()
        special = self._log_domain(context)
        if special is not None:
            return special
        if self == 1:
            return Decimal(0)

        def compute(width):
            closeness = max(0, -(self - 1).adjusted())
            scale = width + closeness + 2
            return _fixed_ln(self, scale), scale
        return self._transcendental(context, compute)

    def log10(self, context=None):
        """The base-10 logarithm of self, correctly rounded (exact for powers of ten)."""
        context = context or getcontext()
        special = self._log_domain(context)
        if special is not None:
            return special
        if str(self._int).rstrip('0') == '1':
            return Decimal(self.adjusted())._fix(context)

        def compute(width):
            closeness = max(0, -(self - 1).adjusted())
            scale = width + closeness + 2
            ln10 = _fixed_ln10(scale + 5)
            return _fixed_ln(self, scale + 5) * 10 ** scale // ln10, scale
        return self._transcendental(context, compute)

    logical_and = _unsupported('logical_and')
    logical_or = _unsupported('logical_or')
    logical_xor = _unsupported('logical_xor')
    logical_invert = _unsupported('logical_invert')
    shift = _unsupported('shift')
    rotate = _unsupported('rotate')
    compare_total = _unsupported('compare_total')
    del _unsupported

    def same_quantum(self, other, context=None):
        other = Decimal(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def number_class(self, context=None):
        """'+Normal', '-Zero', '+Infinity', 'NaN', 'sNaN', '+Subnormal', ..."""
        if self.is_snan():
            return 'sNaN'
        if self.is_nan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self.is_infinite():
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def fma(self, other, third, context=None):
        """self*other+third with a single rounding."""
        other = Decimal(other)
        third = Decimal(third)
        if self._special or other._special:
            return self.__mul__(other, context).__add__(third, context)
        product = Decimal((self._sign ^ other._sign, str(self._int * other._int), self._exp + other._exp))
        return product.__add__(third, context)

    def scaleb(self, other, context=None):
        """self * 10**other (other an integral Decimal)."""
        other = Decimal(other)
        context = context or getcontext()
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            return self._invalid(context)
        if self._special:
            return Decimal(self)
        n = int(other)
        return Decimal((self._sign, str(self._int), self._exp + n))._fix(context)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal (-Infinity for zero)."""
        context = context or getcontext()
        if self.is_nan():
            return Decimal(self)
        if self.is_infinite():
            return Decimal('Infinity')
        if not self._int:
            _signal(context, DivisionByZero)
            return Decimal('-Infinity')
        return Decimal(self.adjusted())._fix(context)

    def _next(self, up, context):
        context = context or getcontext()
        if self.is_nan():
            return Decimal(self)
        if self.is_infinite():
            if (self._sign == 0) == up:
                return Decimal(self)
            big = Decimal((self._sign, '9' * context.prec, context.Emax - context.prec + 1))
            return big
        etiny = context.Emin - context.prec + 1
        if not self._int:
            return Decimal((0 if up else 1, '1', etiny))
        # an inexact value rounded towards the direction is already the answer
        directed = context.copy()
        directed.rounding = ROUND_CEILING if up else ROUND_FLOOR
        directed.traps = {k: False for k in context.traps}
        x = self._fix(directed)
        if x != self:
            return x
        coeff, exp = x._int, x._exp
        pad = context.prec - _digits(coeff)
        if pad > 0 and exp - pad >= etiny:
            coeff *= 10 ** pad
            exp -= pad
        elif pad > 0:
            coeff *= 10 ** (exp - etiny)
            exp = etiny
        # moving away from zero adds a unit; towards zero removes one
        if (x._sign == 0) == up:
            coeff += 1
            if _digits(coeff) > context.prec:
                coeff //= 10
                exp += 1
        else:
            coeff -= 1
            if coeff and _digits(coeff) < context.prec and exp > etiny:
                coeff = coeff * 10 + 9
                exp -= 1
        return Decimal((x._sign, str(coeff), exp))._check_exp(context)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next(True, context)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next(False, context)

    def remainder_near(self, other, context=None):
        """self - other*n with n the integer nearest self/other (ties to even)."""
        other = Decimal(other)
        context = context or getcontext()
        nan = self._nan_check(other, context)
        if nan is not None:
            return nan
        if self._special or other._special or not other._int:
            return self._invalid(context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        q, r = divmod(a, b)
        # nearest integer quotient, ties to even
        twice = 2 * abs(r)
        if twice > abs(b) or (twice == abs(b) and q % 2 == 1):
            r -= b
        sign = 1 if r < 0 else 0
        if r == 0:
            sign = self._sign
        return Decimal((sign, str(abs(r)), exp))._fix(context)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer-valued Decimal (exponent 0 when it had a fractional part)."""
        if self._special or self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        coeff, _ = _round_digits(self._sign, self._int, -self._exp, rounding or context.rounding)
        return Decimal((self._sign, str(coeff), 0))

    to_integral = to_integral_value


    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def quantize(self, exp, rounding=None, context=None, _noprec=False):
        """Round to the exponent of `exp` (Decimal('0.01') -> two places)."""
        exp = _convert(exp)
        context = context or getcontext()
        if self._special or exp._special:
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            return self._invalid(context)
        rounding = rounding or context.rounding
        target = exp._exp
        if target >= self._exp:
            drop = target - self._exp
            if drop:
                coeff, inexact = _round_digits(self._sign, self._int, drop, rounding)
            else:
                coeff = self._int
        else:
            coeff = self._int * 10 ** (self._exp - target)
        if not _noprec and _digits(coeff) > context.prec:
            return self._invalid(context)
        return Decimal((self._sign, str(coeff), target))

    def normalize(self, context=None):
        """Strip trailing zeros (rounding to the context first)."""
        if self._special:
            return Decimal(self)
        context = context or getcontext()
        d = self._fix(context)
        if d._int == 0:
            return Decimal((d._sign, '0', 0))
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal((d._sign, str(coeff), exp))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _parse(s):
    import re
    m = re.fullmatch(r'([+-]?)(?:(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?|(inf|infinity)|(s?nan)(\d*))', s, re.I)
    if m is None:
        return None
    sign = 1 if m.group(1) == '-' else 0
    if m.group(5):
        return (sign, 0, 'F', True)
    if m.group(6):
        return (sign, int(m.group(7) or '0'), 'N' if m.group(6).lower() == 'snan' else 'n', True)
    intpart, frac, exp = m.group(2) or '', m.group(3), m.group(4)
    if not intpart and not frac:
        return None
    frac = frac or ''
    digits = intpart + frac
    return (sign, int(digits), int(exp or 0) - len(frac), False)


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
