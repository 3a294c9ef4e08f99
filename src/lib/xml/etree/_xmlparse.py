"""tspy's own XML tokenizer for ElementTree: a non-validating XML 1.0
parser with namespace processing, reporting errors as expat does (message,
code, line and column) for the common kinds of malformed input."""

_XML_NS = "http://www.w3.org/XML/1998/namespace"

ERRORS = {
    2: "syntax error", 3: "no element found", 4: "not well-formed (invalid token)",
    5: "unclosed token", 7: "mismatched tag", 8: "duplicate attribute",
    9: "junk after document element", 11: "undefined entity",
    14: "reference to invalid character number", 17: "XML or text declaration not at start of entity",
    27: "unbound prefix",
}

_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_SPACE = ' \t\r\n'


class XMLError(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


def _name_start(c):
    return c.isalpha() or c in '_:' or (ord(c) > 0x7f and c.isidentifier())


def _name_char(c):
    return c.isalnum() or c in '_:.-\u00b7' or (ord(c) > 0x7f and ('a' + c).isidentifier())


def _allowed_char(c):
    o = ord(c)
    return o >= 0x20 or c in '\t\n\r'


class Parser:
    """Parse a whole document, calling handler.start(tag, attrs),
    handler.end(tag), handler.data(text), handler.comment(text) and
    handler.pi(target, text) (those the handler has)."""

    def __init__(self, handler):
        self.h = handler

    def position(self, pos):
        text = self.text
        line = text.count('\n', 0, pos) + 1
        start = text.rfind('\n', 0, pos) + 1
        return line, pos - start

    def parse(self, text):
        if text.startswith('\ufeff'):
            text = text[1:]
        self.text = text = text.replace('\r\n', '\n').replace('\r', '\n')
        n = len(text)
        i = 0
        if text.startswith('<?xml') and (n == 5 or text[5] in _SPACE + '?'):
            end = text.find('?>')
            if end < 0:
                raise XMLError(5, 0)
            i = end + 2
        # Prolog: whitespace, comments, processing instructions, DOCTYPE.
        i = self._misc(i, before_root=True)
        if i >= n:
            raise XMLError(3, n)
        if text[i] != '<':
            raise XMLError(2, i)
        self.ns_stack = [{'xml': _XML_NS}]
        i = self._element(i)
        i = self._misc(i, before_root=False)
        if i < n:
            raise XMLError(9, i)

    def _misc(self, i, before_root):
        text = self.text
        n = len(text)
        while i < n:
            c = text[i]
            if c in _SPACE:
                i += 1
            elif text.startswith('<!--', i):
                i = self._comment(i)
            elif text.startswith('<?', i):
                if text.startswith('<?xml', i) and i + 5 < n and text[i + 5] in _SPACE + '?':
                    raise XMLError(17, i)
                i = self._pi(i)
            elif before_root and text.startswith('<!DOCTYPE', i):
                i = self._doctype(i)
            elif c == '<' and before_root:
                return i
            else:
                if before_root:
                    raise XMLError(2, i)
                return i
        return i

    def _doctype(self, i):
        text = self.text
        depth = 0
        j = i + 9
        quote = None
        while j < len(text):
            c = text[j]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth <= 0:
                return j + 1
            j += 1
        raise XMLError(5, i)

    def _comment(self, i):
        text = self.text
        end = text.find('--', i + 4)
        if end < 0:
            raise XMLError(5, i)
        if not text.startswith('-->', end):
            raise XMLError(4, end + 2)
        body = text[i + 4:end]
        for k, c in enumerate(body):
            if not _allowed_char(c):
                raise XMLError(4, i + 4 + k)
        if hasattr(self.h, 'comment'):
            self.h.comment(body)
        return end + 3

    def _pi(self, i):
        text = self.text
        j = i + 2
        if j >= len(text) or not _name_start(text[j]):
            if j >= len(text):
                raise XMLError(5, i)
            raise XMLError(4, j)
        k = j
        while k < len(text) and _name_char(text[k]):
            k += 1
        target = text[j:k]
        end = text.find('?>', k)
        if end < 0:
            raise XMLError(5, i)
        if k < end and text[k] not in _SPACE:
            raise XMLError(4, k)
        if hasattr(self.h, 'pi'):
            self.h.pi(target, text[k:end].lstrip(_SPACE))
        return end + 2

    def _name(self, i):
        text = self.text
        if i >= len(text):
            return None, i
        if not _name_start(text[i]):
            raise XMLError(4, i)
        j = i + 1
        while j < len(text) and _name_char(text[j]):
            j += 1
        return text[i:j], j

    def _qualify(self, name, pos, is_attr, scope):
        prefix, sep, local = name.partition(':')
        if not sep:
            if is_attr:
                return name
            uri = scope.get('')
            return '{%s}%s' % (uri, name) if uri else name
        uri = scope.get(prefix)
        if uri is None:
            raise XMLError(27, pos)
        return '{%s}%s' % (uri, local)

    def _element(self, start):
        # Iterative: a stack of (qualified tag, raw name, name position).
        text = self.text
        n = len(text)
        stack = []
        i = start
        pending = []
        while True:
            if i >= n:
                if stack:
                    if pending:
                        self._flush(pending)
                    raise XMLError(3, n)
                return i
            c = text[i]
            if c == '<':
                if pending:
                    self._flush(pending)
                if text.startswith('</', i):
                    if i + 2 >= n:
                        raise XMLError(5, i)
                    name, j = self._name(i + 2)
                    while j < n and text[j] in _SPACE:
                        j += 1
                    if j >= n:
                        raise XMLError(5, i)
                    if text[j] != '>':
                        raise XMLError(4, j)
                    tag, raw, _ = stack.pop()
                    if name != raw:
                        raise XMLError(7, i + 2)
                    self.h.end(tag)
                    self.ns_stack.pop()
                    i = j + 1
                    if not stack:
                        return i
                elif text.startswith('<!--', i):
                    i = self._comment(i)
                elif text.startswith('<![CDATA[', i):
                    end = text.find(']]>', i + 9)
                    if end < 0:
                        raise XMLError(5, i)
                    pending.append(text[i + 9:end])
                    i = end + 3
                elif text.startswith('<?', i):
                    i = self._pi(i)
                elif text.startswith('<!', i):
                    raise XMLError(4, i + 1) if i + 2 < n else XMLError(5, i)
                else:
                    if not stack and i != start:
                        raise XMLError(9, i)
                    i = self._start_tag(i, stack)
                    if not stack:
                        return i
            elif c == '&':
                value, i = self._reference(i)
                pending.append(value)
            else:
                j = i
                while j < n and text[j] not in '<&':
                    ch = text[j]
                    if ch == ']' and text.startswith(']]>', j):
                        raise XMLError(4, j + 2)
                    if not _allowed_char(ch):
                        raise XMLError(4, j)
                    j += 1
                pending.append(text[i:j])
                i = j

    def _flush(self, pending):
        data = ''.join(pending)
        pending.clear()
        if data:
            self.h.data(data)

    def _reference(self, i):
        text = self.text
        n = len(text)
        j = i + 1
        if j >= n:
            raise XMLError(5, i)
        if text[j] == '#':
            k = j + 1
            hexa = k < n and text[k] == 'x'
            if hexa:
                k += 1
            digits = '0123456789abcdefABCDEF' if hexa else '0123456789'
            m = k
            while m < n and text[m] in digits:
                m += 1
            if m == k:
                raise XMLError(4, k if k < n else i)
            if m >= n:
                raise XMLError(5, i)
            if text[m] != ';':
                raise XMLError(4, m)
            code = int(text[k:m], 16 if hexa else 10)
            if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF) \
                    or (code < 0x20 and code not in (9, 10, 13)):
                raise XMLError(14, i)
            return chr(code), m + 1
        name, k = self._name(j)
        if k >= n:
            raise XMLError(5, i)
        if text[k] != ';':
            raise XMLError(4, k)
        if name not in _ENTITIES:
            raise XMLError(11, i)
        return _ENTITIES[name], k + 1

    def _attr_value(self, i):
        text = self.text
        n = len(text)
        quote = text[i]
        parts = []
        j = i + 1
        while True:
            if j >= n:
                raise XMLError(5, -1)
            c = text[j]
            if c == quote:
                return ''.join(parts), j + 1
            if c == '<':
                raise XMLError(4, j)
            if c == '&':
                value, j = self._reference(j)
                parts.append(value)
                continue
            if not _allowed_char(c):
                raise XMLError(4, j)
            parts.append(' ' if c in '\t\n' else c)
            j += 1

    def _start_tag(self, i, stack):
        text = self.text
        n = len(text)
        if i + 1 >= n:
            raise XMLError(5, i)
        name, j = self._name(i + 1)
        raw_attrs = []
        seen = set()
        try:
            while True:
                k = j
                while j < n and text[j] in _SPACE:
                    j += 1
                if j >= n:
                    raise XMLError(5, i)
                c = text[j]
                if c == '>' or text.startswith('/>', j):
                    break
                if c == '/':
                    raise XMLError(4, j + 1 if j + 1 < n else j)
                if j == k:
                    raise XMLError(4, j)
                aname_pos = j
                aname, j = self._name(j)
                while j < n and text[j] in _SPACE:
                    j += 1
                if j >= n:
                    raise XMLError(5, i)
                if text[j] != '=':
                    raise XMLError(4, j)
                j += 1
                while j < n and text[j] in _SPACE:
                    j += 1
                if j >= n:
                    raise XMLError(5, i)
                if text[j] not in '"\'':
                    raise XMLError(4, j)
                value, j = self._attr_value(j)
                if aname in seen:
                    raise XMLError(8, aname_pos)
                seen.add(aname)
                raw_attrs.append((aname, value, aname_pos))
        except XMLError as e:
            if e.pos == -1:
                e.pos = i
            raise
        empty = text[j] == '/'
        end = j + (2 if empty else 1)
        # Namespace declarations first, then names.
        scope = dict(self.ns_stack[-1])
        for aname, value, _ in raw_attrs:
            if aname == 'xmlns':
                scope[''] = value
            elif aname.startswith('xmlns:'):
                scope[aname[6:]] = value
        tag = self._qualify(name, i, False, scope)
        attrs = {}
        for aname, value, pos in raw_attrs:
            if aname == 'xmlns' or aname.startswith('xmlns:'):
                continue
            attrs[self._qualify(aname, i, True, scope)] = value
        self.h.start(tag, attrs)
        if empty:
            self.h.end(tag)
        else:
            self.ns_stack.append(scope)
            stack.append((tag, name, i))
        return end
