"""tspy's own `_strptime`: parsing of time strings for time.strptime and
datetime.strptime, with CPython's directives and rules for the C locale
(including %c, %x, %X, %U/%W, %G/%V/%u, %z and %Z)."""
import re as _re
import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_A_WEEKDAY = [d[:3] for d in _F_WEEKDAY]
_F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
            'september', 'october', 'november', 'december']
_A_MONTH = [''] + [m[:3] for m in _F_MONTH[1:]]
_AM_PM = ['am', 'pm']


def _alternatives(names, directive):
    # A named group matching any of names, longest first (empty if all are empty).
    ordered = sorted(names, key=len, reverse=True)
    if all(n == '' for n in ordered):
        return ''
    return '(?P<%s>%s)' % (directive, '|'.join(_re.escape(n) for n in ordered))


def _timezone_names():
    tzname = _time.tzname
    no_saving = frozenset({"utc", "gmt", tzname[0].lower()})
    saving = frozenset({tzname[1].lower()}) if _time.daylight else frozenset()
    return (no_saving, saving)


_NUMERIC = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    '%': '%',
}

# The C locale's %c, %x and %X, as _strptime derives them.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_SPECIAL = _re.compile(r"([\\.^$*+?\(\){}\[\]|])")
_SPACES = _re.compile(r'\s+')


class _Directives(dict):
    def __init__(self):
        super().__init__(_NUMERIC)
        self['A'] = _alternatives(_F_WEEKDAY, 'A')
        self['a'] = _alternatives(_A_WEEKDAY, 'a')
        self['B'] = _alternatives(_F_MONTH[1:], 'B')
        self['b'] = _alternatives(_A_MONTH[1:], 'b')
        self['p'] = _alternatives(_AM_PM, 'p')
        self['Z'] = _alternatives([tz for names in _timezone_names() for tz in names], 'Z')
        for key, fmt in _COMPOSITE.items():
            self[key] = self.pattern(fmt)

    def pattern(self, format):
        """The regular expression for a strptime format."""
        format = _SPECIAL.sub(r"\\\1", format)
        format = _SPACES.sub(r'\\s+', format)
        out = []
        while '%' in format:
            i = format.index('%') + 1
            out.append(format[:i - 1])
            out.append(self[format[i]])
            format = format[i + 1:]
        out.append(format)
        return ''.join(out)


_directives = None
_cache = {}


def _compile(format):
    global _directives
    if _directives is None:
        _directives = _Directives()
    regex = _cache.get(format)
    if regex is None:
        try:
            regex = _re.compile(_directives.pattern(format), _re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        if len(_cache) > 100:
            _cache.clear()
        _cache[format] = regex
    return regex


def _julian_from_week(year, week, weekday, starts_monday):
    # Day of the year of weekday (0 = Monday) in week number `week` (%U or %W).
    first = _date(year, 1, 1).weekday()
    if not starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0 + 7 * (week - 1) + weekday


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, tz, tzname,
    gmtoff), fraction, gmtoff_fraction) for data_string read with format."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    fields = found.groupdict()
    for key in fields:
        value = fields[key]
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _F_MONTH.index(value.lower())
        elif key == 'b':
            month = _A_MONTH.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = fields.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:
                    hour = 0
            elif ampm == _AM_PM[1] and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + "0" * (6 - len(value)))
        elif key == 'A':
            weekday = _F_WEEKDAY.index(value.lower())
        elif key == 'a':
            weekday = _A_WEEKDAY.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                hours, minutes, seconds = int(z[1:3]), int(z[3:5]), int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            zone = value.lower()
            for index, names in enumerate(_timezone_names()):
                if zone in names:
                    if _time.tzname[0] == _time.tzname[1] and _time.daylight and zone not in ("utc", "gmt"):
                        break
                    tz = index
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            d = _date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        d = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    tzname = fields.get("Z")
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls (with a timezone for %z)."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(delta, tzname) if tzname else _timezone(delta),)
    return cls(*args)
