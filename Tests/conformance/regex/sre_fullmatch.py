# fullmatch: the match must reach endpos, backtracking alternatives and repeats to get there.
from helper_sre import compile, show

cases = [
    ("a|ab", ["a", "ab", "abc"]), ("a*?", ["aaa", ""]), ("a+?b*?", ["aab"]), ("(a|ab)(c|bcd)?", ["abcd", "ab"]),
    (".*?", ["xyz"]), ("(?:a|b)*?", ["abab"]), ("x*", ["xxy"]), ("a{2,3}?", ["aaa", "aaaa"]),
    ("(?=a)a*", ["aaa"]), ("\\w+(?<=c)", ["abc", "abd"]), ("(a)|(b)", ["b"]), ("", ["", "a"]),
    ("a++", ["aaa"]), ("(?>a|ab)", ["ab"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.fullmatch(s)), show(p.fullmatch(s + "!", 0, len(s))),
              show(p.fullmatch("!" + s, 1)))
