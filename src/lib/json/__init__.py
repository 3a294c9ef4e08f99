"""JSON encoding and decoding: tspy's `json` package.

The scanning and serialising engine is native (`_tspy_json`); this package
adds CPython's class-based API on top of it: JSONEncoder and JSONDecoder
(subclassable, `default`, `raw_decode`) and the `cls=` argument of
dumps/dump/loads/load.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

import _tspy_json
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize `obj` to a JSON formatted str."""
    if cls is None and not kw:
        return _tspy_json.dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan,
                                indent=indent, separators=separators,
                                default=default, sort_keys=sort_keys)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize `obj` as a JSON formatted stream to `fp` (a `.write()`-supporting file-like object)."""
    if cls is None and not kw:
        _tspy_json.dump(obj, fp, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                        check_circular=check_circular, allow_nan=allow_nan,
                        indent=indent, separators=separators,
                        default=default, sort_keys=sort_keys)
        return
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys,
                   **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize `s` (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if cls is None and not kw:
        return _tspy_json.loads(s, object_hook=object_hook, parse_float=parse_float,
                                parse_int=parse_int, parse_constant=parse_constant,
                                object_pairs_hook=object_pairs_hook)
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize `fp` (a `.read()`-supporting file-like object holding a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
