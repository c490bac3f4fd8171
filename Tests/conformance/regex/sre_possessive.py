# Possessive repeats (3.11): no backtracking into what the repeat took.
from helper_sre import compile, show

cases = [
    ("a*+", ["aaa", ""]), ("a*+a", ["aaa"]), ("a++b", ["aaab", "b"]), ("a?+a", ["a", "aa"]),
    ("[ab]*+b", ["abab"]), ("a{1,2}+a", ["aaa", "aa"]), ("\\w++\\s", ["abc def"]),
    ("(ab)*+", ["ababa"]), ("(?:ab)*+ab", ["abab"]), ("(a|ab)++c", ["abc", "aac", "ababc"]),
    ("(?:(a)|b)++", ["ab", "ba", "aab"]), ("(?:(a)|)++", ["a", "aa"]), ("(a|b){1,2}+b", ["abb", "ab"]),
    ("(x+)++y", ["xxy", "xx"]), ("(?:a+)?+a", ["aa"]), ("(?:(\\d)\\d)*+$", ["1234", "123"]),
    ("((a)|b)++c", ["abc", "bac"]), ("(?:)*+x", ["x"]), ("(a*)++", ["aa", ""]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
