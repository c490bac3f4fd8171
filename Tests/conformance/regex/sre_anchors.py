# ^ $ \A \Z, with and without MULTILINE, and endpos as the end of the string.
from helper_sre import compile, M

subjects = ["abc", "abc\n", "abc\n\n", "ab\nc", "\nabc", "", "\n", "x\ny\nz"]
for flags in (0, M):
    for pat in ["^", "$", r"\A", r"\Z", "^\\w", "\\w$", "^$", "c$", r"c\Z", "^.*$", r"\A\w+\Z"]:
        p = compile(pat, flags)
        print(flags, repr(pat), [(p.findall(s), p.sub("#", s)) for s in subjects])
p = compile("c$")
print(p.search("abcd", 0, 3), p.search("abc\nd", 0, 4), p.search("abc", 0, 2))
p = compile("^b", M)
print(p.search("ab", 1), p.search("a\nb", 2), compile("^b").search("ab", 1))
