"""`json.decoder`: JSONDecoder and JSONDecodeError (CPython 3.11 API)."""

import _tspy_json

__all__ = ['JSONDecoder', 'JSONDecodeError']

JSONDecodeError = _tspy_json.JSONDecodeError

_WS = ' \t\n\r'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder; `decode` parses a whole document,
    `raw_decode` one value at the start of a string."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """Return the Python representation of `s` (a str holding a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at `s[idx]`; return `(value, end index)`."""
        return _tspy_json.raw_decode(
            s, idx, self.object_hook,
            None if self.parse_float is float else self.parse_float,
            None if self.parse_int is int else self.parse_int,
            self.parse_constant, self.object_pairs_hook, self.strict)
