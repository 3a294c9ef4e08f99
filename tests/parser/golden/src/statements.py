# -*- coding: utf-8 -*-
"""Module docstring."""
from __future__ import annotations
import os, sys as system
import a.b.c as d
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from m import *

x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, (b, c)) = d
x.y = x[0] = x[1:2] = 3
x += 1; y -= 2; z *= 3
x @= m; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
n: int
n: int = 5
(n): int = 5
o.attr: str = 'v'
o[0]: str

del x, y[0], z.a
del (a, b), [c]
assert x, "message"
assert y
global g1, g2
pass

if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x > 0:
    x -= 1
    if x == 5:
        continue
    if x == 2:
        break
else:
    done = True

for i in range(10):
    print(i)
else:
    print('done')

for k, v in d.items(): print(k, v)
for (a, b), *c in xs: pass

try:
    risky()
except ValueError as e:
    raise RuntimeError('bad') from e
except (TypeError, KeyError):
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with open('f') as f, open('g') as g:
    data = f.read()

with (open('f') as f,
      open('g') as g,):
    pass

with (a, b):
    pass

with (yield):
    pass

with a as (b, c):
    pass

x = [i for i in range(3)]; y = 4;
if x: y = 1; z = 2
