# Setting and deleting exception attributes; members keep their values; args interplay.
e = OSError(2, "not found", "a.txt")
e.errno = 13
e.filename = "b.txt"
print(e.errno, e.filename, str(e), e.args)
e.strerror = "changed"
print(str(e))
s = SystemExit(3)
s.code = "text"
print(s.code, s.args)
i = ImportError("m", name="n")
i.name = "other"
i.path = "/p"
print(i.name, i.path, i.msg)
a = AttributeError("x")
a.name = "attr"
print(a.name, a.obj)
st = StopIteration(1, 2)
print(st.value)
st.args = (5,)
print(st.value, st.args)
u = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
u.start = 1
u.end = 3
u.reason = "other"
print(str(u))
e = Exception()
e.__notes__ = ["n"]
e.custom = {"k": 1}
print(sorted(vars(e)), e.custom)
del e.custom
print(hasattr(e, "custom"))
try:
    ExceptionGroup("g", [ValueError()]).message = "x"
except AttributeError as err:
    print("AttributeError", err)
k = KeyError("k")
k.args = ("a", "b")
print(str(k), repr(k))
b = BaseException("x")
b.args = ()
print(repr(b), repr(str(b)))
