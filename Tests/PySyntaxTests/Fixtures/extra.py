def gen(a, *args, b=lambda: 0, **kw):
    global counter
    counter += 1
    return *args, a
x = [y for y in range(10) if (z := y * 2) > 4]
print(*a, sep='', end="\n")
a[1:-1:2], a[-1], a[::-1]
del x[0], y.z
r = a < b < c
r = not a == b
r = a is not None and b not in c or d
r = (yield)
lam = lambda x=1, *, y=2: (x, y)
cond = (lambda: 1) if a else (lambda: 2)
d = {k: v for k, v in zip(a, b) if k}
s = {x for x in y for y in z}
nested = f"{'a' if x else 'b'}" f'{d["k"]:>{w}}'
val = -2 ** 2
val = (-2) ** -x
val = a @ b @ c
val = ~a + -b - +c
t = ()
t = (1, 2, (3, 4), [5, 6], {7: 8})
s[a:b, c:d]
f(**{'a': 1})
@property
def p(self): return self._p
@functools.wraps(f)
@a[0].b(c)(d)
def w(): pass
class K(Base1, Base2):
    attr: int = 0
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
while (line := f.readline()):
    process(line)
x = 1 if a else 2 if b else 3
assert isinstance(x, int), f"bad {x!r}"
raise ValueError("x") from exc
import a.b.c
from __future__ import annotations
big = 0xFFFF_FFFF_FFFF_FFFF_FFFF
small = 1e-7
exp = 6.02e23
