# Repeats inside repeats: counts, bounds and the repeat contexts of MAX_UNTIL/MIN_UNTIL.
from helper_sre import compile, show

cases = [
    ("(?:a{2}){2}", ["aaaaa"]), ("(?:(a)b{1,2}){2,3}", ["ababbab", "abab"]), ("((a|b){2})+", ["abba", "aba"]),
    ("(?:(?:a|b)+?c){2}", ["abcbac"]), ("((?:ab)*?)(ab)", ["ababab"]), ("(a(b)*){2}", ["abbab"]),
    ("(?:x(y)*?){2,}?z", ["xyxyyz", "xxz"]), ("((a)+?(b)*){1,2}?$", ["aabb", "ab"]), ("(?:(?:a)*)*b", ["aab"]),
    ("(a{1,2}){1,2}?b", ["aaab"]), ("(?:(a|ab)(c|bcd)){2}", ["abcdabc"]), ("(?:a(?:b(?:c)*)*)*", ["abccbab"]),
    ("(\\w{2}){1,3}?\\d", ["abcd1"]), ("(?:(\\d)+,)*?(\\d)+$", ["1,22,333"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), show(p.fullmatch(s)), p.findall(s))
