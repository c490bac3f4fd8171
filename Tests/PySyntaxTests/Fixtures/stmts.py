import os
import os.path as p, sys
from a import b
from a.b import c as d, e
from . import x
from .. import y as z
from ...pkg import (q, r,)
from .mod import *
global g1, g2
x = 1
a = b = c = 2
a, b = 1, 2
[a, *b] = c
(a, b), c = d
x.y = z[1] = 3
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
y: int
y: int = 5
(y): int = 5
a.b: str
a[0]: list = []
del a, b[0], c.d
del (a, b)
assert x
assert x, "msg"
raise
raise E
raise E("x") from None
pass; pass;
x = yield_ = 1
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    print(i)
else:
    pass
for a, b in c: pass
for *a, b in c: pass
