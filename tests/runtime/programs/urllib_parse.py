from urllib.parse import *
import urllib.parse
u = urlparse('https://user:pw@Example.com:8080/a/b;p?q=1&r=2#frag')
print(u, u.hostname, u.port, u.username, u.password, u.geturl(), u.netloc)
print(urlsplit('http://x.org/p?q#f'), urlsplit('mailto:a@b'), urlsplit('//host/p'), urlsplit('path/only?x'))
print(urlunsplit(('http', 'x.org', '/p', 'q', 'f')), urlunparse(('http', 'x', '/p', 'par', 'q', 'f')))
for b, r in [('http://a/b/c/d;p?q', 'g'), ('http://a/b/c/d;p?q', '../g'), ('http://a/b/c/d;p?q', '//g'), ('http://a/b/c/d;p?q', '?y'), ('http://a/b/c/d;p?q', '#s'), ('http://a/b/c/d;p?q', '../../../g'), ('http://a/b/c/d;p?q', './g/.'), ('http://a/b/c/', 'x'), ('http://a/b', 'https://c/d'), ('http://a/b/', '')]:
    print(urljoin(b, r))
print(quote('a b/c?d=é&'), quote('a b', safe=''), quote_plus('a b&c=d/e'), unquote('a%20b%C3%A9'), unquote_plus('a+b%2B'), unquote('100%'), unquote('%zz%41'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['p', 'q']}), urlencode({'c': ['p', 'q']}, doseq=True), urlencode([('k', 'v&')]))
print(parse_qs('a=1&b=2&a=3&c='), parse_qsl('a=1&b=2&a=3&c=', keep_blank_values=True), urldefrag('http://x/p#f'))
print(u._replace(scheme='http').geturl(), urlparse('http://[::1]:80/').hostname, urlparse('http://x:abc/').netloc)
try:
    urlparse('http://x:99999/').port
except ValueError as e:
    print(e)
print(quote_from_bytes(b'\x00\xff a'), unquote_to_bytes('a%20%FF'), urllib.parse.quote('~user/x y'))
print(urlparse('HTTP://X.ORG').scheme, urlsplit('  http://x.org/\n p'), urldefrag('http://x/p').geturl())
