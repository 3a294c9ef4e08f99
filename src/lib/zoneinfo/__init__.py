"""tspy's own `zoneinfo`: IANA time zones read from the system's TZif files
(TZPATH), with PEP 495 folds for repeated and skipped wall times and the
POSIX TZ rule of each file for times after its last transition."""
import bisect as _bisect
import calendar as _calendar
import collections as _collections
import os as _os
import re as _re
import struct as _struct
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
_EPOCH_ORDINAL = _datetime(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# -- the search path ------------------------------------------------------------

def _invalid_paths_message(paths):
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in paths if not _os.path.isabs(p)))


def reset_tzpath(to=None):
    """Set TZPATH to `to`, or back to PYTHONTZPATH / the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_os.path.isabs, to)):
            raise ValueError(_invalid_paths_message(to))
        TZPATH = tuple(to)
        return
    env = _os.environ.get("PYTHONTZPATH")
    if env is None:
        TZPATH = _DEFAULT_TZPATH
        return
    raw = env.split(_os.pathsep) if env else []
    paths = tuple(p for p in raw if _os.path.isabs(p))
    if len(paths) != len(raw):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _invalid_paths_message(raw), InvalidTZPathWarning)
    TZPATH = paths


TZPATH = ()
reset_tzpath()


def _check_key(key):
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = _os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if normal == '..' or normal.startswith('../'):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _check_key(key)
    for root in TZPATH:
        path = _os.path.join(root, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys of every TZif file under TZPATH."""
    zones = set()
    for root in TZPATH:
        if not _os.path.exists(root):
            continue
        for here, dirs, files in _os.walk(root):
            if here == root:
                for skip in ("right", "posix"):
                    if skip in dirs:
                        dirs.remove(skip)
            for name in files:
                path = _os.path.join(here, name)
                key = _os.path.relpath(path, start=root)
                if not key or key in zones:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            zones.add(key)
                except Exception:
                    pass
    zones.discard("posixrules")
    return zones


# -- TZif files -----------------------------------------------------------------

def _read_header(f):
    if f.read(4) != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    v = f.read(1)
    version = 1 if v == b"\x00" else int(v)
    f.read(15)
    return (version,) + _struct.unpack(">6l", f.read(24))


def _load_tzif(f):
    # -> (transition type indices, UTC transition times, utc offsets, isdst flags,
    #     abbreviations, POSIX TZ string or None)
    version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _read_header(f)
    size, code = 4, "l"
    if version >= 2:
        f.seek(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt, 1)
        version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _read_header(f)
        size, code = 8, "q"
    times = _struct.unpack(f">{timecnt}{code}", f.read(timecnt * size)) if timecnt else ()
    indices = _struct.unpack(f">{timecnt}B", f.read(timecnt)) if timecnt else ()
    types = [_struct.unpack(">lbb", f.read(6)) for _ in range(typecnt)]
    chars = f.read(charcnt)
    abbrs = tuple(chars[i:chars.find(b"\x00", i)].decode() for _, _, i in types)
    tz_string = None
    if version >= 2:
        f.seek(isutcnt + isstdcnt + leapcnt * 12, 1)
        f.read(1)
        raw = b""
        while (c := f.read(1)) not in (b"\n", b""):
            raw += c
        tz_string = raw
    return (indices, list(times), tuple(t[0] for t in types), tuple(t[1] for t in types), abbrs, tz_string)


class _ttinfo:
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)


_NO_TTINFO = _ttinfo(None, None, None)


def _dst_offsets(indices, utcoffs, isdsts):
    # How far each DST type is ahead of standard time, judged from the standard
    # type next to it among the transitions (an hour when nothing tells).
    offsets = [0] * len(isdsts)
    wanted = sum(isdsts)
    found = 0
    for i in range(1, len(indices)):
        if found == wanted:
            break
        idx = indices[i]
        if not isdsts[idx] or offsets[idx] != 0:
            continue
        diff = 0
        before = indices[i - 1]
        if not isdsts[before]:
            diff = utcoffs[idx] - utcoffs[before]
        if not diff and idx < len(isdsts) - 1:
            after = indices[i + 1]
            if isdsts[after]:
                continue
            diff = utcoffs[idx] - utcoffs[after]
        if diff:
            found += 1
            offsets[idx] = diff
    else:
        for idx in range(len(isdsts)):
            if not offsets[idx] and isdsts[idx]:
                offsets[idx] = 3600
    return offsets


def _wall_transitions(indices, times, utcoffs):
    # Each transition as a local wall time, for fold=0 (the earlier offset
    # of the two, i.e. the larger) and fold=1 (the smaller).
    if not times:
        return [[], []]
    first, second = list(times), list(times)
    for i in range(len(indices)):
        if i == 0:
            a = utcoffs[0] if len(utcoffs) > 1 else utcoffs[0]
            b = utcoffs[indices[0]] if len(utcoffs) > 1 else utcoffs[0]
        else:
            a, b = utcoffs[indices[i - 1]], utcoffs[indices[i]]
        first[i] += max(a, b)
        second[i] += min(a, b)
    return [first, second]


# -- POSIX TZ strings (the rule after the last transition) ----------------------

def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - _EPOCH_ORDINAL


class _DayRule:
    # Jn (1..365, never counting Feb 29) or n (0..365).
    def __init__(self, day, julian, seconds=7200):
        low = 1 if julian else 0
        if not low <= day <= 365:
            raise ValueError(f"d must be in [{low}, 365], not: {day}")
        self.day, self.julian, self.seconds = day, julian, seconds

    def year_to_epoch(self, year):
        d = self.day
        if self.julian and d >= 59 and _calendar.isleap(year):
            d += 1
        return (_days_before_year(year) + d) * 86400 + self.seconds


class _MonthRule:
    # Mm.w.d: day d (0 = Sunday) of week w (5 = last) of month m.
    _DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

    def __init__(self, month, week, weekday, seconds=7200):
        if not 1 <= month <= 12:
            raise ValueError("m must be in [1, 12]")
        if not 1 <= week <= 5:
            raise ValueError("w must be in [1, 5]")
        if not 0 <= weekday <= 6:
            raise ValueError("d must be in [0, 6]")
        self.month, self.week, self.weekday, self.seconds = month, week, weekday, seconds

    def year_to_epoch(self, year):
        first, length = _calendar.monthrange(year, self.month)
        day = (self.weekday - (first + 1)) % 7 + 1 + (self.week - 1) * 7
        if day > length:
            day -= 7
        ordinal = (_days_before_year(year) + self._DAYS_BEFORE_MONTH[self.month]
                   + (self.month > 2 and _calendar.isleap(year)) + day)
        return ordinal * 86400 + self.seconds


class _PosixRule:
    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset, start, end):
        self.dst_diff = dst_offset - std_offset
        self.std = _ttinfo(_timedelta(seconds=std_offset), _timedelta(0), std_abbr)
        self.dst = _ttinfo(_timedelta(seconds=dst_offset), _timedelta(seconds=self.dst_diff), dst_abbr)
        self.start = start
        self.end = end

    def _in_dst(self, ts, start, end):
        return start <= ts < end if start < end else not (end <= ts < start)

    def get_trans_info(self, ts, year, fold):
        start, end = self.start.year_to_epoch(year), self.end.year_to_epoch(year)
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        return self.dst if self._in_dst(ts, start, end) else self.std

    def get_trans_info_fromutc(self, ts, year):
        start = self.start.year_to_epoch(year) - self.std.utcoff.total_seconds()
        end = self.end.year_to_epoch(year) - self.dst.utcoff.total_seconds()
        isdst = self._in_dst(ts, start, end)
        if self.dst_diff > 0:
            low, high = end, end + self.dst_diff
        else:
            low, high = start, start - self.dst_diff
        return (self.dst if isdst else self.std), low <= ts < high


_TZ_OFFSET = r"[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?"
_TZ_NAME = r"[^<0-9:.+-]+|<[a-zA-Z0-9+-]+>"
_TZ_SPEC = _re.compile(rf"(?P<std>{_TZ_NAME})(?:(?P<stdoff>{_TZ_OFFSET})(?:(?P<dst>{_TZ_NAME})(?P<dstoff>{_TZ_OFFSET})?)?)?",
                       _re.ASCII)
_HMS = _re.compile(r"(?P<sign>[+-])?(?P<h>\d{1,3})(:(?P<m>\d{2})(:(?P<s>\d{2}))?)?", _re.ASCII)


def _hms(text):
    m = _HMS.fullmatch(text)
    if m is None:
        raise ValueError(f"Invalid time: {text}")
    h, mi, s = (int(v or 0) for v in m.group("h", "m", "s"))
    return m.group("sign"), h, mi, s


def _tz_offset(text):
    # POSIX offsets count west of Greenwich: "EST5" is UTC-5.
    sign, h, m, s = _hms(text)
    if h > 24:
        raise ValueError(f"Offset hours must be in [0, 24]: {text}")
    total = h * 3600 + m * 60 + s
    return total if sign == "-" else -total


def _rule(text):
    date, _, time = text.partition("/")
    if date[:1] == "M":
        m = _re.fullmatch(r"M(\d{1,2})\.(\d).(\d)", date, _re.ASCII)
        if m is None:
            raise ValueError(f"Invalid dst start/end date: {text}")
        rule = _MonthRule(*map(int, m.groups()))
    elif date[:1] == "J":
        rule = _DayRule(int(date[1:]), True)
    else:
        rule = _DayRule(int(date), False)
    if time:
        sign, h, m, s = _hms(time)
        if h > 167:
            raise ValueError(f"Hour must be in [0, 167]: {time}")
        total = h * 3600 + m * 60 + s
        rule.seconds = -total if sign == "-" else total
    return rule


def _parse_tz_string(text):
    spec, *rules = text.split(",", 1)
    m = _TZ_SPEC.fullmatch(spec)
    if m is None:
        raise ValueError(f"{text} is not a valid TZ string")
    std = m.group("std").strip("<>")
    dst = m.group("dst")
    try:
        std_offset = _tz_offset(m.group("stdoff")) if m.group("stdoff") else 0
    except ValueError as e:
        raise ValueError(f"Invalid STD offset in {text}") from e
    if dst is None:
        if rules:
            raise ValueError(f"Transition rule present without DST: {text}")
        return _ttinfo(_timedelta(seconds=std_offset), _timedelta(0), std)
    dst = dst.strip("<>")
    if m.group("dstoff"):
        try:
            dst_offset = _tz_offset(m.group("dstoff"))
        except ValueError as e:
            raise ValueError(f"Invalid DST offset in {text}") from e
    else:
        dst_offset = std_offset + 3600
    if not rules:
        raise ValueError(f"Missing transition rules: {text}")
    try:
        start, end = (_rule(r) for r in rules[0].split(",", 1))
    except ValueError as e:
        raise ValueError(f"Invalid TZ string: {text}") from e
    return _PosixRule(std, std_offset, dst, dst_offset, start, end)


# -- ZoneInfo -------------------------------------------------------------------

class ZoneInfo(_tzinfo):
    """An IANA time zone, e.g. ZoneInfo('Europe/Paris'); instances are cached by key."""

    _strong_cache_size = 8
    _strong_cache = _collections.OrderedDict()
    _weak_cache = {}

    def __init_subclass__(cls):
        cls._strong_cache = _collections.OrderedDict()
        cls._weak_cache = {}

    def __new__(cls, key):
        instance = cls._weak_cache.get(key)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        cls._strong_cache[key] = cls._strong_cache.pop(key, instance)
        if len(cls._strong_cache) > cls._strong_cache_size:
            cls._strong_cache.popitem(last=False)
        return instance

    @classmethod
    def no_cache(cls, key):
        """A new instance that bypasses (and does not enter) the cache."""
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, "rb") as f:
            obj._load(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a binary TZif file object."""
        obj = super().__new__(cls)
        obj._key = key
        obj._load(fobj)
        obj._file_repr = repr(fobj)
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached instances (all, or those of only_keys)."""
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, f):
        indices, times, utcoffs, isdsts, abbrs, tz_string = _load_tzif(f)
        dstoffs = _dst_offsets(indices, utcoffs, isdsts)
        types = [_ttinfo(_timedelta(seconds=u), _timedelta(seconds=d), a)
                 for u, d, a in zip(utcoffs, dstoffs, abbrs)]
        self._trans_utc = times
        self._trans_local = _wall_transitions(indices, times, utcoffs)
        self._ttinfos = [types[i] for i in indices]
        standard = [t for t, dst in zip(types, isdsts) if not dst]
        if standard:
            self._tti_before = standard[0]
        else:
            self._tti_before = self._ttinfos[0] if self._ttinfos else None
        if tz_string:
            self._tz_after = _parse_tz_string(tz_string.decode())
        else:
            if not self._ttinfos and not types:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else types[-1]
        if len(types) > 1 or not isinstance(self._tz_after, _ttinfo):
            self._fixed_offset = False
        elif not types:
            self._fixed_offset = True
        else:
            self._fixed_offset = types[0] == self._tz_after

    @staticmethod
    def _local_seconds(dt):
        return (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second

    def _find_trans(self, dt):
        if dt is None:
            return self._tz_after if self._fixed_offset else _NO_TTINFO
        ts = self._local_seconds(dt)
        walls = self._trans_local[dt.fold]
        if walls and ts < walls[0]:
            return self._tti_before
        if not walls or ts > walls[-1]:
            if isinstance(self._tz_after, _PosixRule):
                return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
            return self._tz_after
        return self._ttinfos[_bisect.bisect_right(walls, ts) - 1]

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        """The local time of the UTC time dt (whose tzinfo is self)."""
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = self._local_seconds(dt)
        times = self._trans_utc
        n = len(times)
        if n and ts < times[0]:
            tti, fold = self._tti_before, False
        elif (not n or ts > times[-1]) and isinstance(self._tz_after, _PosixRule):
            tti, fold = self._tz_after.get_trans_info_fromutc(ts, dt.year)
        elif not n:
            tti, fold = self._tz_after, False
        else:
            idx = _bisect.bisect_right(times, ts)
            if n > 1 and ts >= times[1]:
                previous, tti = self._ttinfos[idx - 2:idx]
            elif ts > times[-1]:
                previous, tti = self._ttinfos[-1], self._tz_after
            else:
                previous, tti = self._tti_before, self._ttinfos[0]
            fold = (previous.utcoff - tti.utcoff).total_seconds() > ts - times[idx - 1]
        dt += tti.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return f"{self._key}" if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"zoneinfo.ZoneInfo(key={self._key!r})"
        return f"zoneinfo.ZoneInfo.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)


ZoneInfo.__module__ = "zoneinfo"
