# Pattern objects: attributes, repr with flags, equality and hashing, copies, argument errors.
from helper_sre import compile, I, M, S, X, A, L, U

for pat, flags in [("abc", 0), ("a.b", I), ("x", I | M | S), ("y", X), ("z", A), (b"b", 0), (b"w", L),
                   ("q", U), ("k" * 300, 0), ("'\"", M), ("(?i)inline", 0), ("(?s)(?m)x", 0), (b"b", I)]:
    p = compile(pat, flags)
    print(repr(p)[:80], p.flags, p.groups, p.pattern == pat)
p1, p2, p3 = compile("a+"), compile("a+"), compile("a+", I)
print(p1 == p2, p1 != p2, p1 == p3, hash(p1) == hash(p2), p1 == "a+", p1 != 1, len({p1, p2}))
print(p1.__copy__() is p1, p1.__deepcopy__(None) is p1)
try:
    p1 < p2
except TypeError as e:
    print("TypeError")
p = compile(r"(?P<k>\w)(\d)")
print(p.groups, dict(p.groupindex), p.pattern, p.flags)
for call in [lambda: p.match(), lambda: p.match("a", 1, 2, 3), lambda: p.match("a", posx=1),
             lambda: p.search("a", "1"), lambda: p.findall("a", 0, 1.5), lambda: p.match(string="a1", pos=0, endpos=2),
             lambda: p.match("a1", 0, string="a1"), lambda: p.fullmatch(), lambda: p.sub("x"), lambda: p.split(),
             lambda: p.scanner(), lambda: p.finditer(), lambda: p.subn("a", "b", 1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
try:
    p.pattern = "x"
except AttributeError:
    print("AttributeError")
print(p.match("a1", pos=True), p.search("xa1", 10**3), p.search("xa1", -10**3))
try:
    p.search("xa1", 10**30)
except OverflowError as e:
    print("OverflowError", e)
