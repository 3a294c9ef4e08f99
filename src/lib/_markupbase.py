"""tspy's own `_markupbase`: the position bookkeeping and the comment and
marked-section scanners that `html.parser.HTMLParser` builds on."""
import re as _re

_NAME = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_COMMENT_END = _re.compile(r'--\s*>')
_SECTION_END = _re.compile(r']\s*]\s*>')
_MS_SECTION_END = _re.compile(r']\s*>')

_STANDARD_SECTIONS = frozenset(('temp', 'cdata', 'ignore', 'include', 'rcdata'))
_MS_SECTIONS = frozenset(('if', 'else', 'endif'))


class ParserBase:
    """Base of the SGML/HTML parsers: line/offset tracking and the shared
    scanners for comments and marked sections."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Advance (lineno, offset) over rawdata[i:j]; returns j.
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        raise NotImplementedError("_markupbase.ParserBase.parse_declaration is not supported by tspy")

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _STANDARD_SECTIONS:
            found = _SECTION_END.search(text, i + 3)
        elif name in _MS_SECTIONS:
            found = _MS_SECTION_END.search(text, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % text[i + 3:j])
        if found is None:
            return -1
        if report:
            self.unknown_decl(text[i + 3:found.start()])
        return found.end()

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if not text.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        found = _COMMENT_END.search(text, i + 4)
        if found is None:
            return -1
        if report:
            self.handle_comment(text[i + 4:found.start()])
        return found.end()

    def _scan_name(self, i, declstartpos):
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _NAME.match(text, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError('expected name token at %r' % text[declstartpos:declstartpos + 20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
