# search() over patterns with a literal prefix or a first-character set (the INFO block).
from helper_sre import compile, show, I

cases = [
    ("abc", ["xxabcxx", "ababc", "abab", "aabcabc"]), ("aab", ["aaab", "aaaab", "abaab"]),
    ("abab", ["abababab", "abacabab"]), ("(ab)c", ["xabc"]), ("a(b)c", ["zzabc"]), ("(?:ab)+c", ["abababc"]),
    ("[xyz]q", ["aaazq", "zzq"]), ("(?:x|y)z", ["xxyz"]), ("ab|ac", ["zzac"]), ("\u4e2d\u6587", ["ab\u4e2d\u6587"]),
    ("(a)(b)(c)d", ["abcabcd"]), ("(?i)k", ["xK"]), ("ab*c", ["zac", "abbc"]),
    ("\\d\\w", ["ab1c"]), ("a(?=b)", ["aab"]), ("(?<=x)ab", ["abxab"]), ("a{3}", ["aaxaaa"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.search(s)), show(p.search(s, 1)), show(p.search(s, 0, len(s) - 1)),
              p.findall(s))
print(compile("abc", I).findall("ABC abc"), compile("ab", 0).findall("ab" * 5))
