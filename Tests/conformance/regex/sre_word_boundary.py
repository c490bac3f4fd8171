# \b and \B: Unicode word characters by default, ASCII with the flag; empty subjects.
from helper_sre import compile, A

subjects = ["hello world", "", "a", " ", "caf\u00e9 bar", "\u00e9t\u00e9", "x_y z9", "--a--", "\u4e2d\u6587 ab"]
for flags in (0, A):
    for pat in [r"\b", r"\B", r"\b\w+\b", r"\B\w", r"\w\B", r"\bé", r"\b\B"]:
        p = compile(pat, flags)
        print(flags, repr(pat), [[m.span() for m in p.finditer(s)] for s in subjects])
p = compile(r"\b")
print(p.search("ab", 1, 1), p.search("ab", 0, 0), p.search("a b", 1), p.search("ab", 1))
p = compile(r"\B")
print(p.search("", 0), p.search("ab", 2), p.search("ab", 0, 0))
