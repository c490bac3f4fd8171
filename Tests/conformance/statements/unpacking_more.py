# More unpacking: targets that are attributes/subscripts, nested stars, swaps, for-loop targets.
class O:
    pass
o = O()
d = {}
lst = [0, 0, 0]
o.a, d["k"], lst[1] = 1, 2, 3
print(o.a, d, lst)
o.b, *d["rest"] = "xyz"
print(o.b, d["rest"])
a, b = 1, 2
a, b = b, a
print(a, b)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 9
print(i, x)
(a, b), (c, *d2) = "ab", "cde"
print(a, b, c, d2)
for (k, v), idx in zip({"p": 1, "q": 2}.items(), range(2)):
    print(k, v, idx)
first, *_, last = range(10)
print(first, last)
*init, tail = [1]
print(init, tail)
head, *body = "x"
print(head, body)
m, n = {"m": 1, "n": 2}
print(m, n)
s1, s2 = {5}, {6}
print(s1, s2)
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
try:
    p, q = gen(), None
    p1, p2, p3 = gen()
except ValueError as e:
    print("ValueError", e)
def f(a, b, *rest, c=0, **kw):
    return a, b, rest, c, kw
print(f(*range(2), *[], c=5, **{"z": 1}))
print(f(*"ab", *"cd", **{}, **{"y": 2}))
args = (1, 2)
kwargs = {"c": 3}
print(f(*args, **kwargs))
print([*"ab", *{"k": 1}, *{3: 4}.values()])
print({**dict.fromkeys("ab", 0), "a": 1})
