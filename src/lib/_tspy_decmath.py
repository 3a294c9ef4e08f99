"""Fixed-point helpers of tspy's `decimal` for exp, ln and log10: values
are integers counting units of 10**-scale."""


def _digits(n):
    return len(str(n))


def _fixed(d, scale):
    # A finite Decimal as an integer count of 10**-scale (truncated).
    value = d._int * 10 ** (d._exp + scale) if d._exp + scale >= 0 else d._int // 10 ** -(d._exp + scale)
    return -value if d._sign else value


def _fixed_atanh_inv(q, scale):
    # atanh(1/q) * 10**scale for an integer q > 1.
    one = 10 ** scale
    term = one // q
    total = term
    q2 = q * q
    k = 1
    while term:
        term //= q2
        k += 2
        total += term // k
    return total


_ln_cache = {}


def _fixed_ln2(scale):
    key = ('ln2', scale)
    if key not in _ln_cache:
        _ln_cache[key] = 2 * _fixed_atanh_inv(3, scale + 5) // 10 ** 5
    return _ln_cache[key]


def _fixed_ln10(scale):
    # ln 10 = 3 ln 2 + ln 1.25, and ln 1.25 = 2 atanh(1/9).
    key = ('ln10', scale)
    if key not in _ln_cache:
        _ln_cache[key] = (3 * _fixed_ln2(scale + 5) + 2 * _fixed_atanh_inv(9, scale + 5)) // 10 ** 5
    return _ln_cache[key]


def _fixed_exp(r, scale):
    # exp(r / 10**scale) * 10**scale for |r| up to a few units: halve, sum the series, square back.
    if r < 0:
        return 10 ** (2 * scale) // _fixed_exp(-r, scale)
    halvings = 8
    work = scale + 10
    one = 10 ** work
    x = r * 10 ** 10 // 2 ** halvings
    total = one
    term = one
    k = 1
    while term:
        term = term * x // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** 10


def _fixed_ln(d, scale):
    # ln(d) * 10**scale for a positive finite Decimal d.
    work = scale + 10
    one = 10 ** work
    digits = _digits(d._int)
    k = d._exp + digits - 1            # d = m * 10**k with 1 <= m < 10
    m = d._int * 10 ** work // 10 ** (digits - 1)
    twos = 0
    while m > 3 * one // 2:
        m //= 2
        twos += 1
    while m < 3 * one // 4:
        m *= 2
        twos -= 1
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = z
    n = 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
    if m < one:
        total = -total
    result = 2 * total + twos * _fixed_ln2(work) + k * _fixed_ln10(work)
    return result // 10 ** 10
