"""tspy's own `tomllib`: a TOML 1.0 reader (loads, load) with CPython's
results (datetimes, parse_float, ...) and TOMLDecodeError messages."""
import re as _re
import string as _string
from datetime import date as _date, datetime as _datetime, time as _time, timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | {chr(127)}
_BAD_IN_LINE = _CTRL - {"\t"}
_BAD_IN_MULTILINE = _CTRL - {"\t", "\n"}
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset(_string.ascii_letters + _string.digits + "-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset(_string.hexdigits)
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_LOCAL_TIME = _re.compile(_TIME)
_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document into a dict."""
    if parse_float is not float:
        user_parse = parse_float

        def parse_float(text):
            value = user_parse(text)
            if isinstance(value, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return value
    return _Reader(s.replace("\r\n", "\n"), parse_float).document()


_FROZEN, _EXPLICIT = 0, 1


class _Marks:
    # Per-key flags: FROZEN (an inline table or array value) and EXPLICIT
    # (a table defined by a header or a dotted key), as a tree of keys.
    def __init__(self):
        self.tree = {}
        self.pending = set()

    def _node(self, key, create):
        cont = self.tree
        for part in key[:-1]:
            if part not in cont:
                if not create:
                    return None
                cont[part] = {"flags": set(), "deep": set(), "nested": {}}
            cont = cont[part]["nested"]
        if key[-1] not in cont:
            if not create:
                return None
            cont[key[-1]] = {"flags": set(), "deep": set(), "nested": {}}
        return cont[key[-1]]

    def set(self, key, flag, deep=False):
        self._node(key, True)["deep" if deep else "flags"].add(flag)

    def defer(self, key, flag):
        self.pending.add((key, flag))

    def settle(self):
        for key, flag in self.pending:
            self.set(key, flag)
        self.pending.clear()

    def clear(self, key):
        cont = self.tree
        for part in key[:-1]:
            if part not in cont:
                return
            cont = cont[part]["nested"]
        cont.pop(key[-1], None)

    def has(self, key, flag):
        if not key:
            return False
        cont = self.tree
        for part in key[:-1]:
            if part not in cont:
                return False
            if flag in cont[part]["deep"]:
                return True
            cont = cont[part]["nested"]
        node = cont.get(key[-1])
        return node is not None and (flag in node["flags"] or flag in node["deep"])


def _descend(root, key, into_lists=True):
    cont = root
    for part in key:
        if part not in cont:
            cont[part] = {}
        cont = cont[part]
        if into_lists and isinstance(cont, list):
            cont = cont[-1]
        if not isinstance(cont, dict):
            raise KeyError("There is no nest behind this key")
    return cont


class _Reader:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    # -- errors and positions ----------------------------------------------

    def error(self, pos, msg):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        while pos < len(src) and src[pos] in chars:
            pos += 1
        return pos

    def skip_to(self, pos, end, bad, eof_error):
        # Position of `end` from pos (or the end of input), refusing characters in bad.
        found = self.src.find(end, pos)
        if found < 0:
            found = len(self.src)
            if eof_error:
                raise self.error(found, f"Expected {end!r}")
        for k in range(pos, found):
            if self.src[k] in bad:
                raise self.error(k, f"Found invalid character {self.src[k]!r}")
        return found

    def skip_comment(self, pos):
        if self.char(pos) == "#":
            return self.skip_to(pos + 1, "\n", _BAD_IN_LINE, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _WS_NL))
            if pos == before:
                return pos

    # -- the document ---------------------------------------------------------

    def document(self):
        self.root = {}
        self.marks = _Marks()
        header = ()
        pos = 0
        src = self.src
        while True:
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.assignment(pos, header)
                pos = self.skip(pos, _WS)
            elif c == "[":
                self.marks.settle()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table(pos)
                else:
                    pos, header = self.table(pos)
                pos = self.skip(pos, _WS)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.root

    def table(self, pos):
        pos, key = self.key(self.skip(pos + 1, _WS))
        if self.marks.has(key, _EXPLICIT) or self.marks.has(key, _FROZEN):
            raise self.error(pos, f"Cannot declare {key} twice")
        self.marks.set(key, _EXPLICIT)
        try:
            _descend(self.root, key)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table(self, pos):
        pos, key = self.key(self.skip(pos + 2, _WS))
        if self.marks.has(key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        self.marks.clear(key)
        self.marks.set(key, _EXPLICIT)
        try:
            parent = _descend(self.root, key[:-1])
            last = key[-1]
            if last in parent:
                if not isinstance(parent[last], list):
                    raise KeyError("An object other than list found behind this key")
                parent[last].append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def assignment(self, pos, header):
        pos, key, value = self.pair(pos)
        parent, stem = key[:-1], key[-1]
        full_parent = header + parent
        for i in range(1, len(key)):
            prefix = header + key[:i]
            if self.marks.has(prefix, _EXPLICIT):
                raise self.error(pos, f"Cannot redefine namespace {prefix}")
            self.marks.defer(prefix, _EXPLICIT)
        if self.marks.has(full_parent, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {full_parent}")
        try:
            nest = _descend(self.root, full_parent)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if stem in nest:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.marks.set(header + key, _FROZEN, deep=True)
        nest[stem] = value
        return pos

    def pair(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _WS))
        return pos, key, value

    def key(self, pos):
        pos, part = self.key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.char(pos) == ".":
            pos, part = self.key_part(self.skip(pos + 1, _WS))
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # -- values ---------------------------------------------------------------

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, False)
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, True)
            return self.literal_string(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _DATETIME.match(src, pos)
        if m:
            try:
                return m.end(), self.datetime(m)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
        m = _LOCAL_TIME.match(src, pos)
        if m:
            h, mi, s, frac = m.groups()
            return m.end(), _time(int(h), int(mi), int(s), int(frac.ljust(6, "0")) if frac else 0)
        m = _NUMBER.match(src, pos)
        if m:
            if m.group("floatpart"):
                return m.end(), self.parse_float(m.group())
            return m.end(), int(m.group(), 0)
        if src[pos:pos + 3] in ("inf", "nan"):
            return pos + 3, self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.parse_float(src[pos:pos + 4])
        raise self.error(pos, "Invalid value")

    @staticmethod
    def datetime(m):
        year, month, day, hour, minute, sec, frac, zulu, sign, off_h, off_m = m.groups()
        if hour is None:
            return _date(int(year), int(month), int(day))
        micros = int(frac.ljust(6, "0")) if frac else 0
        if sign:
            factor = 1 if sign == "+" else -1
            tz = _timezone(_timedelta(hours=factor * int(off_h), minutes=factor * int(off_m)))
        elif zulu:
            tz = _timezone.utc
        else:
            tz = None
        return _datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec), micros, tzinfo=tz)

    def array(self, pos):
        items = []
        pos = self.skip_array_space(pos + 1)
        if self.src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.skip_array_space(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        marks = _Marks()
        pos = self.skip(pos + 1, _WS)
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.pair(pos)
            parent, stem = key[:-1], key[-1]
            if marks.has(key, _FROZEN):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            try:
                nest = _descend(table, parent, into_lists=False)
            except KeyError:
                raise self.error(pos, "Cannot overwrite a value") from None
            if stem in nest:
                raise self.error(pos, f"Duplicate inline table key {stem!r}")
            nest[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.set(key, _FROZEN, deep=True)
            pos = self.skip(pos + 1, _WS)

    # -- strings --------------------------------------------------------------

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_to(start, "'", _BAD_IN_LINE, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            quote = "'"
            end = self.skip_to(pos, "'''", _BAD_IN_MULTILINE, True)
            text = src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            pos += 1
            text += quote
        return pos, text

    def escape(self, pos, multiline):
        src = self.src
        code = src[pos:pos + 2]
        pos += 2
        if multiline and code in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash drops the newline and following whitespace.
            if code != "\\\n":
                pos = self.skip(pos, _WS)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if code in ("\\u", "\\U"):
            size = 4 if code == "\\u" else 8
            digits = src[pos:pos + size]
            if len(digits) != size or not _HEX.issuperset(digits):
                raise self.error(pos, "Invalid hex value")
            pos += size
            value = int(digits, 16)
            if not (0 <= value <= 55295 or 57344 <= value <= 1114111):
                raise self.error(pos, "Escaped character is not a Unicode scalar value")
            return pos, chr(value)
        if code not in _ESCAPES:
            raise self.error(pos, "Unescaped '\\' in a string")
        return pos, _ESCAPES[code]

    def basic_string(self, pos, multiline):
        src = self.src
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        parts = []
        start = pos
        while True:
            if pos >= len(src):
                raise self.error(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, "".join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, "".join(parts)
                pos += 1
                continue
            if c == "\\":
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
                continue
            if c in bad:
                raise self.error(pos, f"Illegal character {c!r}")
            pos += 1
