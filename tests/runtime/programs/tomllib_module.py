import tomllib, io
from decimal import Decimal
doc = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\ string'
site."google.com" = true
[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[servers]
[servers.alpha]
ip = "10.0.0.1"
role = "frontend"
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
sku = 284758393
color = "gray"
[misc]
ints = [+99, 42, 0, -17, 1_000, 0xDEADBEEF, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, nan]
dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00, 1979-05-27, 07:32:00, 00:32:00.5]
str1 = """
Roses are red
Violets are blue"""
str2 = """The quick brown \\


  fox jumps over \\
    the lazy dog."""
str3 = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
quotes = """Here are two quotation marks: "". Simple enough."""
q5 = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""
esc = "tab\\there \\u00e9 \\U0001F600 \\"q\\" back\\\\slash"
empty = {}
nested = { a = { b = [1, {c = 2}] }, "d.e" = 3 }
a.b.c = 1
a.d = 2
'''
d = tomllib.loads(doc)
import pprint; pprint.pprint(d, width=100)
import math; print(math.isnan(d['misc']['floats'][-1]))
print(tomllib.loads('x = 1.5\ny = 2', parse_float=Decimal))
print(tomllib.load(io.BytesIO(b'k = "v"')))
try: tomllib.load(io.StringIO('k = 1'))
except TypeError as e: print(e)
bad = ['x = ', 'x = 1\nx = 2', '[a]\n[a]', 'x = [1, 2', 'x = {a = 1', 'x = {a = 1, a = 2}', 'x = "unterminated', "x = 'no end", 'x = 1 y = 2', '= 1', 'x = 1979-02-30', 'x = "\\q"', 'x = "\\uZZZZ"', 'a = 1\na.b = 2', 'a = {}\n[a]', '[[a]]\n[a]', 'a = [1]\n[[a]]', '[a\nx=1', '[[a]\nx = 1', 'x = tru', 'x = 01', '  \t  @', 'x = "a\x01b"', '[a.b]\n[a]\nb = 1', 'a.b = 1\n[a]', 'x = 1 # c\x01', 'x = """\nabc', "x = '''abc", 'x = 1\n\n[t]\nk = {a = [1, 2,}', 'k = "\\ud800"', 'x = "\\U00110000"', 'a = {b = 1}\na.c = 2', 'x = {a.b = 1, a.b.c = 2}']
for b in bad:
    try: print(repr(b), tomllib.loads(b))
    except tomllib.TOMLDecodeError as e: print(repr(b), 'Error:', e)
try: tomllib.loads('x = 1.5', parse_float=lambda s: [s])
except ValueError as e: print(e)
