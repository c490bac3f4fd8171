# Lazy repeats: single characters (MIN_REPEAT_ONE) and groups (MIN_UNTIL).
from helper_sre import compile, show

cases = [
    ("a*?", ["aaa"]), ("a+?", ["aaa"]), ("a??b", ["ab", "b"]), ("a{2,4}?", ["aaaaa"]),
    ("<.*?>", ["<a><b>", "<>x<y>"]), ("a*?b", ["aaab"]), ("x.+?y", ["x1y2y", "xy"]),
    ("(ab)*?c", ["ababc", "c"]), ("(ab)+?", ["abab"]), ("(a|b)*?b", ["aabb"]),
    ("(a+?)(a*)", ["aaaa"]), ("(.*?),(.*?)$", ["a,b,c"]), ("(?:a|b)*?c", ["abac"]),
    ("(a{1,2}?){2}", ["aaaa"]), ("(a{1,3}?)+?b", ["aaab"]), ("(x)*?y", ["xxy", "y"]),
    ("(\\d+?)(\\d*?)$", ["12345"]), ("(?:(a)|b)*?c", ["abc", "bac", "c"]), ("(a)*?(a)", ["aaa"]),
    ("(?:a*?)*?b", ["aab"]), ("((a)|b)+?c", ["abac"]), ("(a|b)??(b)", ["ab", "b"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s), show(p.fullmatch(s)))
