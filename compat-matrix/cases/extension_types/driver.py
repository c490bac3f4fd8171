import ext_types

C = ext_types.Counter
print(C.__name__, C.__doc__)
c = C(5, label="five")
print(repr(c), c.value, c.scale, c.label, c.double)
print(c.incr(), c.incr(10), c.value)
c.value = 7
c.double = 40
print(c.value, c.double)
c.scale = 2.5
print(c.scale)
try:
    c.label = "x"
except AttributeError as e:
    print("AttributeError", e)
print(c + 1, bool(c), bool(C()))
d = C(20)
print(c == d, c != d, c < C(21), hash(C(42)))
print(repr(C.from_pair(2, 3)), C.describe(c))
try:
    C("nope")
except TypeError as e:
    print("TypeError", e)

R = ext_types.Range3
r = R(4)
print(R.__name__, len(r), r[2], list(r), r(1, 2))
try:
    r[9]
except IndexError as e:
    print("IndexError", e)
s = R(2)
print(ext_types.made())
before = ext_types.dealloc_count()
x = C(1)
y = R(1)
del x
del y
print(ext_types.dealloc_count() - before)
