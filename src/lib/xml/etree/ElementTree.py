"""tspy's own `xml.etree.ElementTree`: Element trees, parsing (fromstring,
parse, iterparse, XMLParser with targets, TreeBuilder), the ElementPath
subset find/findall/findtext/iterfind use, and serialization (tostring,
ElementTree.write, indent, dump) as CPython writes it."""
import io
import re
import sys
import warnings

from . import _xmlparse

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace", "canonicalize", "C14NWriterTarget"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An error while parsing XML: .code is expat's error number and
    .position the (line, column) where it was found."""


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and a list of subelements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Create a new element with the same type."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        """Add *subelement* to the end of this element."""
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        """Append subelements from a sequence."""
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        """Insert *subelement* at position *index*."""
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, _Element_Py):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        """Remove matching subelement (by identity)."""
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        return next(_iterfind(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        """Find text for first matching element by tag name or path."""
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return _iterfind(self, path, namespaces)

    def clear(self):
        """Reset element: remove subelements, attributes, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        """Get element attribute."""
        return self.attrib.get(key, default)

    def set(self, key, value):
        """Set element attribute."""
        self.attrib[key] = value

    def keys(self):
        """Get list of attribute names."""
        return list(self.attrib.keys())

    def items(self):
        """Get element attributes as a sequence of (name, value) pairs."""
        return list(self.attrib.items())

    def iter(self, tag=None):
        """Create tree iterator over this element and its descendants (tag '*' or None: all)."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        """Create text iterator over this element's text and descendants' text and tails."""
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


_Element_Py = Element


def SubElement(parent, tag, attrib={}, **extra):
    """Create a subelement of *parent*."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    """Comment element factory."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """Processing Instruction element factory."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """Qualified name wrapper: QName(uri, tag) is '{uri}tag'."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


# -- ElementPath ------------------------------------------------------------------

_PATH_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _path_tokens(pattern, namespaces):
    default = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for token in _PATH_TOKEN.findall(pattern):
        ttype, tag = token
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, uri = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield ttype, "{%s}%s" % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default and not parsing_attribute:
                yield ttype, "{%s}%s" % (default, tag)
            else:
                yield token
            parsing_attribute = False
        else:
            yield token
            parsing_attribute = ttype == "@"


def _parents(root):
    return {child: parent for parent in root.iter() for child in parent}


def _select_child(tag):
    def select(context, result):
        for elem in result:
            for e in elem:
                if tag is None or e.tag == tag:
                    yield e
    return select


def _select_descendant(tag):
    def select(context, result):
        for elem in result:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select


def _select_self(context, result):
    yield from result


def _select_parent(context, result):
    parents = context.setdefault('parents', _parents(context['root']))
    seen = set()
    for elem in result:
        if elem in parents:
            parent = parents[elem]
            if id(parent) not in seen:
                seen.add(id(parent))
                yield parent


def _where(test):
    # A step that keeps the elements of the result for which test(elem) is true.
    def select(context, result):
        for elem in result:
            if test(elem):
                yield elem
    return select


def _predicate(tokens):
    # Tokens between '[' and ']': the forms ElementPath supports.
    kinds = []
    values = []
    for t, tag in tokens:
        if t and t[0] in "'\"":
            kinds.append("'")
            values.append(t[1:-1])
        elif t:
            kinds.append(t)
            values.append(t)
        else:
            kinds.append("-")
            values.append(tag)
    sig = "".join(kinds)
    if sig == "@-":
        key = values[1]
        return _where(lambda elem: elem.get(key) is not None)
    if sig in ("@-='", "@-!='"):
        key, value = values[1], values[-1]
        if "!" in sig:
            # The attribute must be there, with another value.
            return _where(lambda elem: elem.get(key) is not None and elem.get(key) != value)
        return _where(lambda elem: elem.get(key) == value)
    if sig == "-" and not re.match(r"\-?\d+$", values[0]):
        tag = values[0]
        return _where(lambda elem: elem.find(tag) is not None)
    if sig in (".='", ".!='", "-='", "-!='"):
        tag, value = values[0], values[-1]
        negate = "!" in sig

        def test(elem):
            if tag == '.':
                return ("".join(elem.itertext()) == value) != negate
            # Some child `tag` whose text equals (negated: differs from) the value.
            return any(("".join(e.itertext()) == value) != negate for e in elem.iterfind(tag))
        return _where(test)
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(context, result):
            parents = context.setdefault('parents', _parents(context['root']))
            for elem in result:
                try:
                    parent = parents[elem]
                    siblings = [e for e in parent if e.tag == elem.tag]
                    if siblings[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select
    raise SyntaxError("invalid predicate")


def _compile_path(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    tokens = list(_path_tokens(path, namespaces))
    steps = []
    i = 0
    if tokens and tokens[0][0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    while i < len(tokens):
        op, tag = tokens[i]
        if op == "" and tag:
            steps.append(_select_child(tag))
            i += 1
        elif op == "*":
            steps.append(_select_child(None))
            i += 1
        elif op == ".":
            steps.append(_select_self)
            i += 1
        elif op == "..":
            steps.append(_select_parent)
            i += 1
        elif op == "//":
            i += 1
            if i >= len(tokens):
                raise SyntaxError("invalid descendant")
            op2, tag2 = tokens[i]
            if op2 == "*":
                steps.append(_select_descendant(None))
            elif op2 == "" and tag2:
                steps.append(_select_descendant(tag2))
            else:
                raise SyntaxError("invalid descendant")
            i += 1
        elif op == "/":
            i += 1
        elif op == "[":
            j = i + 1
            while j < len(tokens) and tokens[j][0] != "]":
                j += 1
            if j >= len(tokens):
                raise SyntaxError("invalid path")
            steps.append(_predicate([t for t in tokens[i + 1:j] if t != ('', '') and not (t[0] == '' and not t[1])]))
            i = j + 1
        elif op == "" and not tag:
            i += 1
        else:
            raise SyntaxError("invalid path")
    return steps


def _iterfind(elem, path, namespaces=None):
    steps = _compile_path(path, namespaces)
    context = {'root': elem}
    result = iter([elem])
    for step in steps:
        result = step(context, result)
    return result


# -- trees and building -----------------------------------------------------------

class ElementTree:
    """An element hierarchy (a root element), with whole-document I/O."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """Return root element of this tree."""
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Load an XML document (a file name or a file object) into this tree."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        """Create and return tree iterator for the root element."""
        return self._root.iter(tag)

    def _abs_path(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.find(self._abs_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.findtext(self._abs_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.findall(self._abs_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.iterfind(self._abs_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        """Write the element tree to a file (or file name), as XML, HTML or text."""
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS and method != "text":
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        parts = []
        write = parts.append
        if encoding.lower() == "unicode":
            declared = getattr(file_or_filename, "encoding", None) or "utf-8" \
                if hasattr(file_or_filename, "write") else "utf-8"
        else:
            declared = encoding
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and encoding.lower() != "unicode"
                and declared.lower() not in ("utf-8", "us-ascii"))):
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            _serialize_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            _SERIALIZERS[method](write, self._root, qnames, namespaces,
                                 short_empty_elements=short_empty_elements)
        text = "".join(parts)
        if hasattr(file_or_filename, "write"):
            if encoding.lower() == "unicode":
                file_or_filename.write(text)
            else:
                file_or_filename.write(text.encode(encoding, "xmlcharrefreplace"))
        else:
            if encoding.lower() == "unicode":
                with open(file_or_filename, "w", encoding="utf-8", errors="xmlcharrefreplace") as f:
                    f.write(text)
            else:
                with open(file_or_filename, "wb") as f:
                    f.write(text.encode(encoding, "xmlcharrefreplace"))

    def write_c14n(self, file):
        return self.write(file, method="c14n")


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Register a namespace prefix used when serializing."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    # The qualified name of every tag and attribute, and the prefixes to declare.
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, tag) if prefix else tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        if isinstance(e.text, QName) and e.text.text not in qnames:
            add_qname(e.text.text)
    return qnames, namespaces


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        for old, new in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                         ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
            if old in text:
                text = text.replace(old, new)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        for old, new in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
            if old in text:
                text = text.replace(old, new)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _start_tag(write, tag, elem, qnames, namespaces, escape):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(" xmlns%s=\"%s\"" % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for k, v in list(elem.items()):
        if isinstance(k, QName):
            k = k.text
        v = qnames[v.text] if isinstance(v, QName) else escape(v)
        write(" %s=\"%s\"" % (qnames[k], v))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
        else:
            _start_tag(write, tag, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            _start_tag(write, tag, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                write(text if ltag in ("script", "style") else _escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html}


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The element serialized: str with encoding='unicode', otherwise bytes."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write an element tree or element structure to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent an XML document in place by inserting whitespace text and tails."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def indent_children(elem, level):
        child_level = level + 1
        if child_level < len(indentations):
            child_indentation = indentations[child_level]
        else:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    indent_children(tree, 0)


class TreeBuilder:
    """Generic element structure builder (the default parser target)."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        """Flush builder buffers and return toplevel document Element."""
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        """Add text to current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Open new element and return it."""
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        """Close and return current Element."""
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        """Create a comment using the comment_factory."""
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        """Create a processing instruction using the pi_factory."""
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class _TargetAdapter:
    # Forwards the tokenizer's events to a parser target and records events.
    def __init__(self, target, events):
        self.target = target
        self.events = events
        if events is not None:
            self.comment = self._comment
            self.pi = self._pi
        else:
            if hasattr(target, 'comment'):
                self.comment = target.comment
            if hasattr(target, 'pi'):
                self.pi = target.pi

    def start(self, tag, attrs):
        start = getattr(self.target, 'start', None)
        elem = start(tag, attrs) if start is not None else None
        if self.events is not None and 'start' in self.events[0]:
            self.events[1].append(('start', elem))

    def end(self, tag):
        end = getattr(self.target, 'end', None)
        elem = end(tag) if end is not None else None
        if self.events is not None and 'end' in self.events[0]:
            self.events[1].append(('end', elem))

    def data(self, text):
        data = getattr(self.target, 'data', None)
        if data is not None:
            data(text)

    def _comment(self, text):
        f = getattr(self.target, 'comment', None)
        value = f(text) if f is not None else None
        if 'comment' in self.events[0]:
            self.events[1].append(('comment', value))

    def _pi(self, target, text):
        f = getattr(self.target, 'pi', None)
        value = f(target, text) if f is not None else None
        if 'pi' in self.events[0]:
            self.events[1].append(('pi', value))


class XMLParser:
    """Element structure builder for XML source data (feed, then close)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = self._target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._chunks = []
        self._events = None
        self.version = "Expat 2.5.0 (tspy)"

    def feed(self, data):
        """Feed encoded data to parser."""
        self._chunks.append(data)

    def _text(self):
        if not self._chunks:
            return ""
        if isinstance(self._chunks[0], str):
            return "".join(self._chunks)
        raw = b"".join(self._chunks)
        encoding = self._encoding
        if encoding is None:
            m = re.match(rb"<\?xml[^>]*encoding=['\"]([A-Za-z0-9._-]+)['\"]", raw)
            encoding = m.group(1).decode("ascii") if m else "utf-8"
        return raw.decode(encoding)

    def close(self):
        """Finish feeding data to parser; return the target's close() result."""
        text = self._text()
        adapter = _TargetAdapter(self._target, self._events)
        parser = _xmlparse.Parser(adapter)
        try:
            parser.parse(text)
        except _xmlparse.XMLError as e:
            parser.text = parser.text if hasattr(parser, 'text') else text
            line, column = parser.position(e.pos)
            err = ParseError("%s: line %d, column %d" % (_xmlparse.ERRORS[e.code], line, column))
            err.code = e.code
            err.position = line, column
            raise err from None
        close = getattr(self._target, 'close', None)
        return close() if close is not None else None

    def flush(self):
        pass


def XML(text, parser=None):
    """Parse XML document from string constant; return the root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse XML document from sequence of string fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """Parse XML document; return (root, dict of elements by their id attribute)."""
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    """Parse XML document into element tree (source: file name or file object)."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """Yield (event, element) pairs ('end' events by default) while parsing;
    the iterator's .root is the root element once parsing is done."""
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    pull = XMLPullParser(events=events, _parser=parser)

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self._gen

    it = IterParseIterator()

    def gen():
        try:
            while True:
                data = source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            it.root = pull._close_and_return_root()
            yield from pull.read_events()
        finally:
            if close_source:
                source.close()

    it._gen = gen()
    return it


class XMLPullParser:
    """Collect parse events; events become available once close() is called
    (tspy parses the whole document then)."""

    def __init__(self, events=None, *, _parser=None):
        self._parser = _parser or XMLParser(target=TreeBuilder())
        events = ("end",) if events is None else tuple(events)
        for e in events:
            if e not in ("start", "end", "comment", "pi", "start-ns", "end-ns"):
                raise ValueError("unknown event %r" % e)
        self._queue = []
        self._parser._events = (events, self._queue)
        self._root = None
        self._closed = False

    def feed(self, data):
        """Feed encoded data to parser."""
        if self._closed:
            raise ValueError("feed() called after end of stream")
        self._parser.feed(data)

    def _close_and_return_root(self):
        self._closed = True
        self._root = self._parser.close()
        return self._root

    def close(self):
        """Finish feeding data to parser."""
        self._close_and_return_root()

    def read_events(self):
        """Return an iterator over currently available (event, elem) pairs."""
        events = self._queue
        while events:
            yield events.pop(0)

    def flush(self):
        pass


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("xml.etree.ElementTree.canonicalize is not supported by tspy")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("xml.etree.ElementTree.C14NWriterTarget is not supported by tspy")
