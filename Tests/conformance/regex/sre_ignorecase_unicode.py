# Unicode IGNORECASE: simple case folding, the special equivalences (K, s, sigma, i-dot...).
from helper_sre import compile, I

subjects = ["abc", "ABC", "\u00e9\u00c9", "K\u212ak", "s\u017fS", "\u03a3\u03c3\u03c2", "\u0130i\u0131I",
            "\u00df\u1e9e", "\u0416\u0436", "\U00010400\U00010428", "\u01c4\u01c5\u01c6", "\u0345\u03b9\u0399\u1fbe",
            "\u00b5\u03bc\u039c", "\u212b\u00e5\u00c5"]
pats = ["k", "K", "s", "\u03c3", "\u03c2", "i", "\u0131", "\u0130", "\u00df", "[a-z]+", "[k]", "[s-t]",
        "[\u03c3]", "[^k]+", "\u00e9", "[\u00e0-\u00ff]+", "\u0436", "[\u0430-\u044f]+", "\U00010428",
        "[\U00010400-\U0001044f]+", "\u01c5", "\u03b9", "\u00b5", "\u00e5", "[\u00e5]", r"(\w)\1+"]
for pat in pats:
    p = compile(pat, I)
    print(ascii(pat), [p.findall(s) for s in subjects])
