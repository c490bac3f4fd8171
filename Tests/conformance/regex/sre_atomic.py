# Atomic groups (?>...): once they match, alternatives inside are not retried.
from helper_sre import compile, show

cases = [
    ("(?>a|ab)c", ["abc", "ac"]), ("(?>a*)a", ["aaa"]), ("(?>a*)b", ["aaab"]), ("(?>(a)|(ab))c", ["abc", "ac"]),
    ("(?>x+)y|x", ["xxx", "xxy"]), ("a(?>bc|b)c", ["abcc", "abc"]), ("(?>(\\w+))\\s", ["hello world"]),
    ("((?>a|b)+)c", ["abac"]), ("(?>(a+)b|a)", ["aaa", "aab"]), ("(?>)a", ["a"]),
    ("(?>a(?=b)|a)b", ["ab"]), ("(?>(?:a|ab)(c))", ["abc", "ac"]), ("x(?>(a)+)+y", ["xaay"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
