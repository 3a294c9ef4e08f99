"""`json.encoder`: JSONEncoder (CPython 3.11 API)."""

import _tspy_json

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    return _tspy_json.dumps(s, ensure_ascii=False)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    return _tspy_json.dumps(s)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.
    Subclasses override `default(o)` to serialise other objects."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serialisable object for `o`, or raise TypeError (this base version always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o, _one_shot=True))
        return self._encode(o)

    def iterencode(self, o, _one_shot=False):
        """Encode `o`, yielding its JSON text (tspy yields it as one chunk)."""
        yield self._encode(o)

    def _encode(self, o):
        return _tspy_json.dumps(
            o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
            check_circular=self.check_circular, allow_nan=self.allow_nan,
            indent=self.indent, separators=(self.item_separator, self.key_separator),
            default=self.default, sort_keys=self.sort_keys)
