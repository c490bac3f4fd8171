# Group values after repetition and backtracking, including CPython's sticky-group behaviour.
from helper_sre import compile, show

cases = [
    ("(a)(b)(c)", ["abc"]), ("((a)(b))", ["ab"]), ("(a)?(b)", ["b", "ab"]), ("(a)*", ["aaa", ""]),
    ("(a|b)*", ["abba"]), ("(?:(a)|(b))*", ["ab", "ba", "abab"]), ("(?:(a)|b)*", ["ab", "ba"]),
    ("((a)|(b))*", ["aab", "bba"]), ("(a(b)?)+", ["aba", "aab"]), ("(?:(x)|y)*z", ["xyz", "yxz", "z"]),
    ("(a)(?:b|(c))*", ["abcb", "acbc"]), ("((a)+)+", ["aa"]), ("(?:(a)b|ac)+", ["abac", "acab"]),
    ("(a*)(b*)(c*)", ["aacc", ""]), ("(?:(a)|(b)|(c))+$", ["abc", "cba"]), ("()", ["x"]),
    ("(()|a)+", ["aa"]), ("(a)|(b)|(c)", ["c"]), ("((((((((((a))))))))))", ["a"]),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)", ["abcdefghijkl"]), ("(?:(a)|b)+?c", ["abc", "bac"]),
    ("(?:(a)c|(a)b)", ["ab"]), ("(?:a(x)?)*", ["axa"]), ("(?:(\\w)\\d)*", ["a1b2c"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)))
