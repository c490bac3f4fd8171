# findall: whole matches without groups, one group's value, tuples for several groups.
from helper_sre import compile

cases = [
    (r"\d+", ["a1b22c333", "", "none"]), (r"(\d)\d", ["1234567"]), (r"(\w)=(\d)?", ["a=1 b= c=3"]),
    (r"(a)|(b)", ["abcab"]), (r"a*", ["baaac"]), (r"(a*)", ["baaac"]), (r"\b", ["ab cd"]),
    (r"(x)?y", ["y xy"]), (r"(?:a(b)?)+", ["aab ab"]), (r"", ["abc"]), (r"(?:)", ["ab"]),
    (r"((a)(b))", ["abab"]), (r"[aeiou]", ["education"]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), p.findall(s))
p = compile(r"\w")
print(p.findall("abcdef", 2), p.findall("abcdef", 1, 4), p.findall("abcdef", 4, 2), p.findall("abc", pos=1, endpos=2))
print(compile("").findall("abc", 1, 2), compile("x*").findall("axxb", 1))
