# Empty matches next to previous matches (allowed since 3.7) in sub, findall, finditer, split.
from helper_sre import compile

for pat in ["x*", "", r"\b", "a?", "(?:ab)*", "a|", "|a", r"\W*", "(?=a)|a"]:
    p = compile(pat)
    for s in ["", "a", "abc", "xxa", "a b", "aab"]:
        print(repr(pat), repr(s), p.sub("-", s), p.findall(s), [m.span() for m in p.finditer(s)], p.split(s))
