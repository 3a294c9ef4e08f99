"""Codec registry and helpers: tspy's own `codecs`.

Text encodings are the runtime's (str.encode/bytes.decode); the bytes-to-bytes
and text-to-text transforms CPython registers ('rot13', 'hex', 'base64',
'zlib', 'bz2' aside) are here. lookup() normalises names as CPython does.
"""
import builtins

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE',
           'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error', 'encode', 'decode', 'getencoder', 'getdecoder', 'iterencode', 'iterdecode']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# Canonical names (what CodecInfo.name shows) of the aliases programs use most.
_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'utf_8': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'utf16': 'utf-16', 'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf32': 'utf-32', 'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'iso_ir_100': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
}

_search_functions = []
_cache = {}


class CodecInfo(tuple):
    """(encode, decode, streamreader, streamwriter) with .name, as codecs.lookup returns it."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _normalize(encoding):
    return '_'.join(encoding.replace('-', ' ').split()).lower()


def _rot13(text):
    out = []
    for c in text:
        o = ord(c)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(c)
    return ''.join(out)


def _transform(name):
    import binascii
    import zlib
    if name == 'rot-13':
        def enc(input, errors='strict'):
            return (_rot13(input), len(input))
        return CodecInfo(enc, enc, name=name, _is_text_encoding=False)
    if name == 'hex':
        return CodecInfo(lambda b, errors='strict': (binascii.b2a_hex(b), len(b)),
                         lambda b, errors='strict': (binascii.a2b_hex(b), len(b)), name='hex', _is_text_encoding=False)
    if name == 'base64':
        return CodecInfo(lambda b, errors='strict': (binascii.b2a_base64(b), len(b)),
                         lambda b, errors='strict': (binascii.a2b_base64(b), len(b)), name='base64', _is_text_encoding=False)
    if name == 'zlib':
        return CodecInfo(lambda b, errors='strict': (zlib.compress(b), len(b)),
                         lambda b, errors='strict': (zlib.decompress(b), len(b)), name='zlib', _is_text_encoding=False)
    return None


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def lookup(encoding):
    """The CodecInfo of an encoding (LookupError when there is none)."""
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    for f in _search_functions:
        info = f(norm)
        if info is not None:
            _cache[norm] = info
            return info
    name = _ALIASES.get(norm, norm.replace('_', '-'))
    info = _transform(name)
    if info is None:
        try:
            ''.encode(name)
        except LookupError:
            raise LookupError('unknown encoding: %s' % encoding) from None
        def enc(input, errors='strict', _name=name):
            return (input.encode(_name, errors), len(input))

        def dec(input, errors='strict', _name=name):
            return (bytes(input).decode(_name, errors), len(input))
        info = CodecInfo(enc, dec, name=name)
    _cache[norm] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec (text encodings take str; transforms may take bytes)."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except (TypeError, AttributeError) as e:
        if info._is_text_encoding:
            raise
        raise TypeError(f"encoding with '{encoding}' codec failed ({type(e).__name__}: {e})") from None


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec."""
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except (TypeError, AttributeError) as e:
        if info._is_text_encoding:
            raise
        raise TypeError(f"decoding with '{encoding}' codec failed ({type(e).__name__}: {e})") from None


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def iterencode(iterator, encoding, errors='strict', **kwargs):
    for item in iterator:
        yield encode(item, encoding, errors)


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    for item in iterator:
        yield decode(item, encoding, errors)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, in text mode with that encoding."""
    if encoding is not None and 'b' not in mode:
        return builtins.open(filename, mode, buffering, encoding, errors)
    if encoding is not None:
        mode = mode.replace('b', '')
        return builtins.open(filename, mode, buffering, encoding, errors)
    return builtins.open(filename, mode, buffering)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('codecs.EncodedFile is not supported by tspy')


_error_handlers = {}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    if name in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass'):
        return globals().get(name + '_errors', name)
    raise LookupError('unknown error handler name %r' % name)


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


def xmlcharrefreplace_errors(exception):
    s = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in s), exception.end)


def backslashreplace_errors(exception):
    s = exception.object[exception.start:exception.end]
    if isinstance(s, (bytes, bytearray)):
        return (''.join('\\x%02x' % b for b in s), exception.end)
    return (''.join('\\x%02x' % ord(c) if ord(c) < 256 else '\\u%04x' % ord(c) if ord(c) < 0x10000 else '\\U%08x' % ord(c) for c in s), exception.end)


def namereplace_errors(exception):
    import unicodedata
    s = exception.object[exception.start:exception.end]
    return (''.join('\\N{%s}' % unicodedata.name(c) for c in s), exception.end)
