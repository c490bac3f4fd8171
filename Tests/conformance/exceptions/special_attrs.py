# Attributes of particular builtin exceptions.
e = StopIteration(5)
print(e.value, e.args, StopIteration().value)
e = StopIteration(1, 2)
print(e.value)

for code in [(), (0,), (3,), ("msg",), (1, 2)]:
    s = SystemExit(*code)
    print(repr(s), repr(s.code))

ie = ImportError("cannot", name="mod", path="/p/mod.py")
print(ie.name, ie.path, ie.msg, ie.args, str(ie))
ie2 = ImportError()
print(ie2.name, ie2.path, ie2.msg, repr(str(ie2)))
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print("TypeError", err)
m = ModuleNotFoundError("no mod", name="zz")
print(m.name, m.msg, isinstance(m, ImportError))

a = AttributeError("attr msg", name="nm", obj=3)
print(a.name, a.obj, a)
n = NameError("name msg", name="nn")
print(n.name, n)

u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
print(repr(u))
u2 = UnicodeDecodeError("utf-8", b"abc", 0, 2, "bad")
print(str(u2))
ue = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(ue.encoding, repr(ue.object), ue.start, ue.end, ue.reason)
print(str(ue))
ue2 = UnicodeEncodeError("ascii", "\u1234x", 0, 1, "nope")
print(str(ue2))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(type(err).__name__, err, err.start, err.end)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as err:
    print(type(err).__name__, err)

k = KeyError("key")
print(k.args, str(k), repr(k))
print(str(KeyError(("a", 1))))
print(str(IndexError("list index out of range")))
