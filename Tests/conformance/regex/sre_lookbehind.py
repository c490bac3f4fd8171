# Lookbehind assertions: fixed width, they may look before pos but not before the string.
from helper_sre import compile, show

cases = [
    (r"(?<=a)b", ["ab", "cb", "b"]), (r"(?<!a)b", ["ab", "cb", "b"]), (r"(?<=ab)c", ["abc", "xbc"]),
    (r"(?<=(a))b", ["ab"]), (r"(?<!(a))b", ["cb", "ab"]), (r"(?<=\d{3})x", ["123x", "12x"]),
    (r"(?<=a|b)c", ["ac", "bc", "cc"]), (r"(?<=^)a", ["a", "ba"]), (r"(?<=\b)\w", ["ab cd"]),
    (r"\w+(?<=s)\b", ["cats dogs bird"]), (r"(?<![a-z])\d+", ["a1 22 b3"]), (r"(?<=(?<=a)b)c", ["abc", "bbc"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
p = compile(r"(?<=a)b")
print(show(p.match("ab", 1)), show(p.search("ab", 1)), show(p.search("xab", 2, 3)))
q = compile(r"(?<!a)b")
print(show(q.match("ab", 1)), show(q.search("b", 0)))
