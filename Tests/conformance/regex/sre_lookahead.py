# Lookahead assertions: (?=...) and (?!...), groups set inside them, nested in repeats.
from helper_sre import compile, show

cases = [
    (r"a(?=b)", ["ab", "ac"]), (r"a(?!b)", ["ab", "ac", "a"]), (r"(?=(\w+))\w", ["abc"]),
    (r"(?!(a)b)a", ["ab", "ac"]), (r"\w+(?=,)", ["a,b,c"]), (r"(?=a)*b", ["b"]), (r"(?:(?=(a))a)+", ["aa"]),
    (r"(?:a(?!b))+", ["aab", "aaa"]), (r"(?=.*\d)(?=.*[a-z])\w{4,}", ["ab12", "abcd", "1234", "a1"]),
    (r"x(?=y|z)", ["xz", "xw"]), (r"(?!)", ["a"]), (r"(?=)", ["a"]), (r"q(?=u)i", ["qui"]),
    (r"(?:(?!ab).)+", ["xxabyy"]), (r"(a)(?!\1)\w", ["aa", "ab"]), (r"(?:(a)|b(?=(c)))+", ["abc"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
p = compile(r"a(?=b)")
print(p.search("ab", 0, 1), p.search("ab", 0, 2))
