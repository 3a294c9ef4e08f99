"""General functions for HTML manipulation: tspy's own `html` (escape and
unescape; the tables are generated, see scripts/gen_html_entities.py)."""
import re as _re
from html.entities import html5 as _html5
from html._charrefs import invalid_charrefs as _invalid_charrefs, invalid_codepoints as _invalid_codepoints

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and " and ' when quote is true) by HTML-safe sequences."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace("'", '&#x27;')
    return s


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        num = int(s[2:].rstrip(';'), 16) if s[1] in 'xX' else int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest name the reference starts with (HTML5 accepts some names without ';').
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace named and numeric character references by the characters they stand for (HTML5 rules)."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
