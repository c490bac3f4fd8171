# Repeats whose body can match the empty string stop instead of looping forever.
from helper_sre import compile, show

cases = [
    ("(a*)*", ["aa", "b"]), ("(a*)+", ["aa", ""]), ("(a*)*?b", ["aab"]), ("(?:)*", ["x"]),
    ("(a|)*b", ["aab"]), ("(a?)+?", ["aa"]), ("(\\b)*x", ["x"]), ("((?=a))*a", ["a"]), ("(a*){2,5}", ["aaa"]),
    ("(a*?){3}", ["aa"]), ("(?:a*|b)*c", ["abac"]), ("(a|b*)*c", ["bbac"]), ("(?:$)*x", ["x"]),
    ("(a*)*$", ["aaab"]), ("(()|a)*b", ["aab"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
