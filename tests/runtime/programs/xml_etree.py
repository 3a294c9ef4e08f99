import xml.etree.ElementTree as ET, io
doc = '''<?xml version="1.0"?>
<library xmlns:x="urn:x">
  <!-- books -->
  <book id="b1" lang="en">
    <title>Dune</title>
    <author>Herbert</author>
    <year>1965</year>
    <price currency="USD">9.99</price>
  </book>
  <book id="b2">
    <title>Emma &amp; Co</title>
    <author>Austen</author>
    <year>1815</year>
    <x:note x:kind="r">tail<![CDATA[<raw>]]></x:note>
  </book>
</library>'''
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), repr(root.text), [c.tag for c in root])
for b in root.findall('book'):
    print(b.get('id'), b.findtext('title'), b.find('year').text, b.get('lang', '?'), b.findtext('missing', 'dflt'), repr(b.findtext('price')))
print([t.text for t in root.iter('title')], [e.tag for e in root.iter()][:6])
print(root.find('.//{urn:x}note').attrib, root.find('book/x:note', {'x': 'urn:x'}).text)
print([b.get('id') for b in root.findall("book[@lang='en']")], [b.get('id') for b in root.findall('book[price]')], root.find('book[2]').get('id'), root.find('book[last()]').get('id'))
print([e.tag for e in root.findall('./book/*')], len(root.findall('.//year')), [e.text for e in root.findall(".//book[title='Dune']/author")], root.findall('book/..') == [root])
print(''.join(root.find('book').itertext()).split())
new = ET.SubElement(root, 'book', {'id': 'b3'}); ET.SubElement(new, 'title').text = 'New <One>'; new.set('lang', 'fr')
print(ET.tostring(new), ET.tostring(new, encoding='unicode'))
root.remove(root[0]); print(len(root), [b.get('id') for b in root])
ET.indent(root); print(ET.tostring(root, encoding='unicode'))
e = ET.Element('p', {'q': 'a"b<c>\n\t&'}, z='1'); e.text = 'é\u2603'; e.tail = 'T'
print(ET.tostring(e), ET.tostring(e, encoding='unicode'), ET.tostring(e, encoding='utf-8'), ET.tostring(e, encoding='latin-1'), ET.tostring(e, xml_declaration=True, encoding='unicode'), ET.tostring(e, method='text', encoding='unicode'))
ET.register_namespace('my', 'urn:my'); m = ET.Element('{urn:my}root'); ET.SubElement(m, '{urn:other}child', {'{urn:my}a': '1'}); m.append(ET.Comment('hi')); m.append(ET.ProcessingInstruction('target', 'data'))
print(ET.tostring(m, encoding='unicode'), ET.tostring(ET.Element('e'), short_empty_elements=False))
h = ET.fromstring('<html><body><br/><p a="x&amp;y">x</p><script>a&lt;b</script></body></html>'); print(ET.tostring(h, method='html', encoding='unicode'))
t = ET.ElementTree(ET.fromstring('<a><b>x</b></a>')); buf = io.BytesIO(); t.write(buf); print(buf.getvalue()); buf = io.BytesIO(); t.write(buf, encoding='utf-8', xml_declaration=True); print(buf.getvalue()); s = io.StringIO(); t.write(s, encoding='unicode'); print(s.getvalue())
ET.dump(ET.fromstring('<x a="1"/>'))
t2 = ET.parse(io.BytesIO(doc.encode())); print(t2.getroot().tag, t2.find('book').get('id'), len(t2.findall('.//title')))
for ev, el in ET.iterparse(io.BytesIO(b'<r><a>1</a><b/></r>'), events=('start', 'end')): print(ev, el.tag)
cases = ['<a><b></a>', '<a>', '', '<a></a><b/>', '<a>&foo;</a>', '<a b=1/>', '<a b="1" b="2"/>', '<a><</a>', '<1a/>', '<a>x</a>junk', '<?xml version="1.0"?>\n<root>\n  <x>\n</root>', 'text', '<a>&#0;</a>', '<a:b/>', '<a><!-- c --></a', '<a>]]></a>', '<a b="<"/>', '<!DOCTYPE a><a/>', '<a/><!-- after -->', '<a>& b</a>', '<a>&amp b</a>', '<a b="x"c="y"/>', '<a b = "x" />', '<a', '<a b="1', '<a>&#65;&#x42;&lt;&quot;&apos;</a>', '<a>t<![CDATA[<x>]]>u</a>', '<a>\r\nx\r</a>', '<a b="l1\nl2\tx&#10;"/>', '<a xmlns="urn:d"><b/></a>', ' <?xml version="1.0"?><a/>', '<a><?pi data?></a>', '<a></ a>', '<a></a >', '< a/>']
for c in cases:
    try: r = ET.fromstring(c); print(repr(c), 'OK', r.tag, r.attrib, repr(r.text), [(x.tag, x.text, x.tail) for x in r])
    except ET.ParseError as e: print(repr(c), e, e.position, e.code, isinstance(e, SyntaxError))
e = ET.fromstring('<a><b/></a>'); print(len(e), len(e[0]), ET.iselement(e), e[0] in e, list(e.keys()), e.items())
try: ET.register_namespace('ns3', 'x')
except ValueError as ex: print(ex)
try: root.find('/x')
except SyntaxError as ex: print(ex)
print(ET.XMLID('<a><b id="k"/></a>')[1]['k'].tag, ET.fromstringlist(['<a>', 'x</a>']).text, ET.QName('urn:q', 't'), ET.QName('urn:q', 't') == '{urn:q}t')
tb = ET.TreeBuilder(); tb.start('root', {}); tb.data('hi'); tb.end('root'); print(tb.close().text)
class Target:
    def start(self, tag, attrib): print('start', tag, attrib)
    def end(self, tag): print('end', tag)
    def data(self, d): print('data', repr(d))
    def close(self): return 'closed'
p = ET.XMLParser(target=Target()); p.feed('<a x="1">hi<b/></a>'); print(p.close())
