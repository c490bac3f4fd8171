# The LOCALE flag (bytes only): case folding and \w follow the C locale.
from helper_sre import compile, L, I

subjects = [b"abc ABC", b"\xe9\xc9", b"a_1 b-2", b"K k", b"\xff\xdf"]
for flags in (L, L | I):
    for pat in [b"abc", b"[a-c]+", rb"\w+", rb"\W+", rb"\b\w", b"k", b"[^a]+", b"\xe9", rb"(\w)\1"]:
        p = compile(pat, flags)
        print(flags, pat, [p.findall(s) for s in subjects])
p = compile(rb"(a)\1", L | I)
print(p.findall(b"aA Aa aa"))
