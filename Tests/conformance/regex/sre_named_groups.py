# Named groups: groupindex, groupdict, lastgroup, group() by name and by number.
from helper_sre import compile, show

p = compile(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>jr|sr))?")
print(p.groups, sorted(p.groupindex.items()), type(p.groupindex).__name__)
for s in ["John Smith", "Bob Jones jr", "x"]:
    m = p.match(s)
    print(show(m))
    if m:
        print(m.group("first"), m.group("last", 1), m["suffix"], m.groupdict(), m.groupdict("-"))
        print(m.lastgroup, m.lastindex, m.start("last"), m.end("first"), m.span("suffix"))
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
q = compile(r"(?P<a>a)|(?P<b>b)|(c)")
for s in "abc":
    m = q.match(s)
    print(s, m.lastgroup, m.lastindex, m.groupdict())
r = compile("(a)(?P<n>b)")
m = r.match("ab")
print(m.lastgroup, m.group(2), m.group("n"), r.groupindex["n"])
for bad in ["nope", 3, -1, "1"]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", repr(bad), e)
try:
    m.group([1])
except TypeError as e:
    print("TypeError", e)
print(compile("(?P<x>a)(?P<y>b)?").match("a").groupdict())
