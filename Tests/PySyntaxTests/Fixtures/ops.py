a + b - c
a * b / c // d % e @ f
a ** b ** c
-a ** -b
a << b >> c
a & b | c ^ d
not a and b or c
a or b or c
a and b and c
a < b <= c > d >= e == f != g
a in b not in c is d is not e
x if y else z
a if b else c if d else e
lambda: 0
lambda x, y=1, *a, k, m=2, **kw: x
(lambda *, k: k)
f(a)(b)[c].d
await_ = 1
(a)
((a, b))
()
(1,)
1, 2
[]
[1, 2, *a]
{}
{1: 2, **d, 3: 4}
{1, 2, *s}
a[1]
a[1:2]
a[::]
a[1:2:3, ...]
a[b, c]
a[*b]
x.y.z
f()
f(1, *args, k=2, **kw)
f(*a, *b, **c, **d)
f(x for x in y)
f(a, b=1, *c, d=2)
(x := 5)
[y := 1, y ** 2]
f(a := 1)
