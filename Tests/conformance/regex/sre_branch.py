# Alternation: first alternative wins, backtracking into later ones, lastindex/lastgroup.
from helper_sre import compile, show

cases = [
    ("a|b|c", ["b", "d", "cab"]), ("ab|a", ["ab", "a"]), ("a|ab", ["ab"]), ("(a)|(b)", ["a", "b", "c"]),
    ("(a|ab)(c|bcd)", ["abcd"]), ("x(?:a|b|)y", ["xy", "xay", "xcy"]), ("(a)|b(c)|d", ["bc", "d", "a"]),
    ("[ab]x|[cd]y", ["ax", "dy", "ay"]), ("(?:(a)|(b))+", ["ab", "ba", "aab"]), ("(?:a|(b))*c", ["abac"]),
    ("(?P<x>a)|(?P<y>b)", ["a", "b"]), ("((a)|(b))+", ["ab", "ba"]), ("(a|b|ab|ba)+$", ["abba"]),
    ("\\d+|\\w+", ["abc123", "123abc"]), ("(?:foo|foobar)baz", ["foobarbaz"]), ("(|a)b", ["ab", "b"]),
    ("x(y|yz|yzw)w", ["xyzww", "xyzw", "xyw"]), ("(a)(?:x|y)|(b)", ["ax", "b", "ay"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
