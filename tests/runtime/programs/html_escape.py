import html
from html.entities import name2codepoint, codepoint2name, html5, entitydefs
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<b>"q"</b>', quote=False))
for s in ['&lt;p&gt;', '&amp;amp;', '&#65;&#x42;&#X43;', '&copy; 2024', '&notin; &notit;', '&#128;&#0;&#xD800;&#1114112;', '&#11;', '&unknown;', 'a & b', '&eacute&ecirc;', '&#38', 'AT&T', '&gt']:
    print(repr(html.unescape(s)))
print(name2codepoint['eacute'], codepoint2name[233], len(html5), len(name2codepoint), entitydefs['amp'], html5['lt;'], html5['lt'])
