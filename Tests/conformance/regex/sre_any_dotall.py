# '.' stops at newlines unless DOTALL; '\n' is the only line break for it.
from helper_sre import compile, show, S

for flags in (0, S):
    for pat in [".", "a.c", ".+", ".*", ".*?x", "a.{2}b"]:
        p = compile(pat, flags)
        for s in ["abc", "a\nc", "\n", "a\rc", "a\u2028c", "xyz\nabx", "a\n\nb", ""]:
            print(flags, repr(pat), repr(s), show(p.search(s)), p.findall(s))
