"""tspy's own `html.parser`: HTMLParser, an event-driven HTML tokenizer with
CPython's callbacks and its tolerance rules (unterminated constructs wait for
more input until close(); script/style content is raw text; character
references are converted in data when convert_charrefs is true)."""
import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

# Patterns of the tokenizer (their shapes decide what counts as a tag).
_TEXT_SPECIAL = re.compile('[&<]')
_PARTIAL_REF = re.compile('&[a-zA-Z#]')
_NAMED_REF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_NUMERIC_REF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_TAG_OPEN = re.compile('<[a-zA-Z]')
_PI_END = re.compile('>')
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTRIBUTE = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)'
    r'(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?'
    r'(?:\s|/(?!>))*')
_WHOLE_START_TAG = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
_GT = re.compile('>')
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_REF_TERMINATOR = re.compile(r'[\s;]')
_ASCII_LETTERS_EQ_SLASH = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/')


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler methods.

    Feed text with feed() (in as many pieces as wanted) and finish with
    close(). Subclasses override handle_starttag, handle_endtag,
    handle_startendtag, handle_data, handle_comment, handle_decl,
    handle_pi, unknown_decl, and (with convert_charrefs=False)
    handle_entityref and handle_charref.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance. Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_SPECIAL
        self.cdata_elem = None
        self._starttag_text = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed data to the parser; call as often as wanted."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_SPECIAL
        self.cdata_elem = None

    # -- the main loop ------------------------------------------------------

    def _converting(self):
        return self.convert_charrefs and not self.cdata_elem

    def _emit_text(self, text):
        self.handle_data(unescape(text) if self._converting() else text)

    def _text_stop(self, i, n):
        # Where the plain text starting at i ends, or None to wait for input.
        if self._converting():
            j = self.rawdata.find('<', i)
            if j >= 0:
                return j
            # A reference may be cut in two at the end of this chunk: hold the
            # text back while an '&' near the end has no terminator after it.
            amp = self.rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not _REF_TERMINATOR.search(self.rawdata, amp):
                return None
            return n
        m = self.interesting.search(self.rawdata, i)
        if m is not None:
            return m.start()
        return None if self.cdata_elem else n

    def goahead(self, end):
        """Process as much of rawdata as possible; with end true, as if
        followed by end of input."""
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            j = self._text_stop(i, n)
            if j is None:
                break
            if i < j:
                self._emit_text(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # An unterminated construct at end of input becomes text.
                    k = text.find('>', i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._emit_text(text[i:k])
                i = self.updatepos(i, k)
            elif text.startswith('&#', i):
                m = _NUMERIC_REF.match(text, i)
                if m is None:
                    if ';' in text[i:]:
                        self.handle_data(text[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(m.group()[2:-1])
                i = self.updatepos(i, self._ref_end(m))
            elif text.startswith('&', i):
                m = _NAMED_REF.match(text, i)
                if m is not None:
                    self.handle_entityref(m.group(1))
                    i = self.updatepos(i, self._ref_end(m))
                    continue
                m = _PARTIAL_REF.match(text, i)
                if m is not None:
                    if end and m.group() == text[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._emit_text(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def _ref_end(self, m):
        # The reference's match took one character past it unless that was ';'.
        k = m.end()
        return k if self.rawdata[k - 1] == ';' else k - 1

    def _markup(self, i, n):
        # Parse the construct at '<'; its end, -1 if unterminated, None to stop.
        text = self.rawdata
        if _TAG_OPEN.match(text, i):
            return self.parse_starttag(i)
        if text.startswith('</', i):
            return self.parse_endtag(i)
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<?', i):
            return self.parse_pi(i)
        if text.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    # -- constructs -----------------------------------------------------------

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<![', i):
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        gt = self.rawdata.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        m = _PI_END.search(self.rawdata, i + 2)
        if m is None:
            return -1
        self.handle_pi(self.rawdata[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self._starttag_text = text[i:stop]
        m = _TAG_NAME.match(text, i + 1)
        k = m.end()
        tag = self.lasttag = m.group(1).lower()
        attrs = []
        while k < stop:
            m = _ATTRIBUTE.match(text, k)
            if m is None:
                break
            name, assignment, value = m.group(1, 2, 3)
            if not assignment:
                value = None
            elif len(value) >= 1 and value[0] in '\'"' and value[-1] == value[0]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = text[k:stop].strip()
        if rest not in ('>', '/>'):
            self.handle_data(text[i:stop])
            return stop
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        text = self.rawdata
        j = _WHOLE_START_TAG.match(text, i).end()
        nxt = text[j:j + 1]
        if nxt == '>':
            return j + 1
        if nxt == '/':
            if text.startswith('/>', j):
                return j + 2
            return -1
        if nxt == '' or nxt in _ASCII_LETTERS_EQ_SLASH:
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        text = self.rawdata
        m = _GT.search(text, i + 1)
        if m is None:
            return -1
        gt = m.end()
        m = _END_TAG.match(text, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gt])
                return gt
            name = _TAG_NAME.match(text, i + 2)
            if name is None:
                if text.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            gt = text.find('>', name.end())
            self.handle_endtag(name.group(1).lower())
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # -- handlers, overridden by subclasses ---------------------------------

    def handle_startendtag(self, tag, attrs):
        """A tag like <br/>: by default the start tag then the end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
