"""Tokenization of Python source: tspy's own `tokenize`.

The tokens are those of tspy's tokenizer in its `tokenize`-module mode (the
stream `tspy tokenize` prints, identical to CPython's Lib/tokenize.py):
COMMENT and NL included, columns in code points, an ENCODING token first for
bytes input.
"""
import codecs
import collections
import io
import re
from builtins import open as _builtin_open

import _tspy_tokenize
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [x for x in dir(__import__('token')) if not x.startswith('_')] + [
    'tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo', 'TokenError', 'open']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


_NAMES = {name: value for value, name in tok_name.items()}


def _tokens(source):
    toks, error = _tspy_tokenize.tokens(source)
    for kind, exact, string, start, end, line in toks:
        yield TokenInfo(_NAMES[kind], string, start, end, line)
    if error is not None:
        kind, msg, lineno, col = error
        if kind == 'TokenError':
            raise TokenError(msg, (lineno, col))
        if kind == 'IndentationError':
            raise IndentationError(msg, ('<tokenize>', lineno, col, ''))
        raise SyntaxError(msg, ('<tokenize>', lineno, col + 1, ''))


def _read_all(readline):
    parts = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        parts.append(line)
    return parts


def generate_tokens(readline):
    """The tokens of str source lines read with readline() (until it returns '' or raises StopIteration)."""
    return _tokens(''.join(_read_all(readline)))


def tokenize(readline):
    """The tokens of bytes source lines read with readline(), after an ENCODING token."""
    return _tokens(b''.join(_read_all(readline)))


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """(encoding, the lines read to find it): a BOM or a PEP 263 cookie in the first two lines, else 'utf-8'."""
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration')
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SyntaxError('unknown encoding: ' + encoding)
        if bom_found:
            if encoding != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(codecs.BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file as text, in the encoding detect_encoding() finds."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        data = buffer.read()
    finally:
        buffer.close()
    text = io.StringIO(data.decode(encoding if encoding != 'utf-8-sig' else 'utf-8').lstrip('\ufeff'))
    text.mode = 'r'
    text.name = filename
    return text


def untokenize(iterable):
    raise NotImplementedError('tokenize.untokenize is not supported by tspy')
