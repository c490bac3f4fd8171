# Greedy repeats of single characters (REPEAT_ONE) and of groups (REPEAT/MAX_UNTIL), with backtracking.
from helper_sre import compile, show

cases = [
    ("a*", ["", "aaa", "baaa"]), ("a+b", ["aaab", "b", "aab aaab"]), ("a?a?b", ["ab", "aab", "aaab"]),
    ("a{2,3}", ["a", "aa", "aaaa", "aaaaaaa"]), ("a{3}", ["aaaa", "aa"]), ("x.*y", ["x1y2y3", "xy", "x\ny"]),
    ("a*ab", ["aaab", "ab"]), ("[ab]*b", ["abab", "aaa"]), ("(ab)*", ["ababab", "aba"]),
    ("(ab)+c", ["ababc", "abc", "c"]), ("(a|b)*c", ["abbac", "ab"]), ("(a+)+b", ["aaab", "aaa"]),
    ("(?:a{1,2}){2}", ["aaaa", "aaa", "a"]), ("(a{0,2}){2,3}b", ["aab", "aaaaab", "b"]),
    ("(\\w+)\\s(\\w+)*", ["hello world", "hi "]), ("(a*)*b", ["aab", "b"]), ("(a*)+b", ["b", "ab"]),
    ("(.)*x", ["abcx", "x"]), ("([^,]*),(.*)", ["a,b,c", ",", "abc"]), ("a.*b.*c", ["a b c b c", "abbc"]),
    ("(?:ab|a)*c", ["ababac", "aac"]), ("(a|ab)(c|bcd)(d*)", ["abcd", "abcdd"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
