# IGNORECASE with the ASCII flag (LITERAL_IGNORE, IN_IGNORE, GROUPREF_IGNORE): only ASCII letters fold.
from helper_sre import compile, show, I, A

subjects = ["abc", "ABC", "aBc", "\u00e9\u00c9", "K\u212a", "[\\]^_`", "z{Z", "\u0130i", "s\u017fS"]
for pat in ["abc", "[a-c]+", "[^a-c]+", "[A-Z]+", "[_a]+", "\u00e9", "[\u00e9]", "k", "[k]", "[Z-a]+", "s", "[s]+",
            "i", r"(\w)\1", "[^x]"]:
    p = compile(pat, I | A)
    print(repr(pat), [p.findall(s) for s in subjects])
b = compile(b"[a-z]+", I)
print(b.findall(b"Hello WORLD \xc9\xe9"), compile(b"\xe9", I).findall(b"\xc9\xe9"))
