from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs, self.getpos(), self.get_starttag_text())
    def handle_endtag(self, tag): print('end', tag, self.getpos())
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
    def handle_data(self, d): print('data', repr(d))
    def handle_comment(self, d): print('comment', repr(d))
    def handle_decl(self, d): print('decl', repr(d))
    def handle_pi(self, d): print('pi', repr(d))
    def handle_entityref(self, n): print('ent', n)
    def handle_charref(self, n): print('char', n)
    def unknown_decl(self, d): print('unk', repr(d))
doc = '''<!DOCTYPE html>
<html lang="en"><head><title>T &amp; Q</title>
<script>if (a < b && c > d) { x = "</div>"; }</script><style>p{}</STYLE>
</head><body class=main id='x' hidden data-X="a&lt;b">
<!-- a comment --><p>Hello&nbsp;world &#169; &#x41; &bogus; & a<br/><img src="a.png" />
<?xml version="1.0"?><![CDATA[raw <stuff>]]><!weird>
</p></body  ></html>< notatag </> </3 x>'''
p = P(); p.feed(doc); p.close()
print('---')
p = P(convert_charrefs=False); p.feed(doc); p.close()
print('---')
p = P()
for ch in '<a href="x">te&amp;xt</a> tail &am':
    p.feed(ch)
p.close()
print('---')
p = P(); p.feed('<div'); print('fed'); p.feed(' a=1>x'); p.feed('<!-- unterminated'); p.close()
class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a': self.links.append(dict(attrs).get('href'))
lp = LinkParser(); lp.feed('<A HREF="/one">1</A><a href=/two>2</a><a>none</a>'); print(lp.links)
class TextOnly(HTMLParser):
    def __init__(self): super().__init__(); self.parts = []
    def handle_data(self, d): self.parts.append(d)
t = TextOnly(); t.feed('<p>One <b>two</b> three&hellip;</p>'); t.close(); print(''.join(t.parts))
p = P(); p.feed('<p a="1" a=2 b = "3" c=\'4\' d/>'); p.feed('<x y="unterminated'); p.close()
