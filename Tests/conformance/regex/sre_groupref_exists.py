# Conditional patterns (?(group)yes|no).
from helper_sre import compile, show

cases = [
    (r"(<)?\w+(?(1)>)", ["<a>", "a", "<a", "a>"]), (r"(a)?(?(1)b|c)", ["ab", "c", "ac", "b"]),
    (r"(?P<q>')?x(?(q)')", ["'x'", "x", "'x"]), (r"(a)?(?(1)b)", ["ab", "a", ""]),
    (r"(?:(a)|b)(?(1)x|y)", ["ax", "by", "ay"]), (r"((a)|b)+(?(2)c|d)", ["abc", "bad", "bd", "abd"]),
    (r"(a)?(?(1)|c)", ["a", "c", ""]), (r"^(\()?\d+(?(1)\))$", ["(12)", "12", "(12", "12)"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
