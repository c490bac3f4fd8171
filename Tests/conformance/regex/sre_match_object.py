# Match objects: group(s), start/end/span, regs, pos/endpos, re, string, indexing, copies, repr.
from helper_sre import compile

p = compile(r"(\w+)-(\d+)?(x)?")
m = p.search("## ab-12 ##", 1, 9)
print(m, repr(m))
print(m.group(), m.group(0), m.group(1, 2, 3), m.groups(), m.groups("?"), m.groups(default=0))
print(m[0], m[1], m[2], m[3], m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span(3), m.start(3))
print(m.regs, m.pos, m.endpos, m.re is p, m.string, m.lastindex, m.lastgroup)
print(m.__copy__() is m, m.__deepcopy__({}) is m)
for bad in [4, -1, "x", 1.0, None]:
    for f in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            f(bad)
            print("ok", bad)
        except IndexError as e:
            print("IndexError", e)
print(m.group(True), m.start(False))
try:
    m.groups(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    m.start(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    m.group(x=1)
except TypeError as e:
    print("TypeError", e)
long = compile(r".+").match("y" * 80)
print(long)
q = compile("(a)(b)?")
print(q.match("a"), q.match("a").regs, q.match("ab").lastindex)
print(compile("\u00e9+").search("caf\u00e9\u00e9 ok"), compile("'").match("'"), compile('"').match('"'))
print(compile("\n").match("\n"), compile(".").match("\x00"))
try:
    m.foo = 1
except AttributeError as e:
    print("AttributeError")
print(bool(m), type(m.regs).__name__)
