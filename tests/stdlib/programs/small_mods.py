import keyword
import string
import sys

print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
f = string.Formatter()
print(f.format('{0}-{name}!r', 1, name='n'), list(f.parse('a{0:>3}b{x!r}')))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello  world'))
for m in ['traceback', 'linecache', 'keyword', 'gc', 'weakref', 'struct', 'base64', 'binascii', 'hashlib', 'queue', 'logging', 'array']:
    mod = __import__(m)
    print(m, m in sys.modules, sys.modules[m] is mod, mod.__name__)
