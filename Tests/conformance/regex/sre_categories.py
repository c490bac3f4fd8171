# \d \w \s and their negations: Unicode by default, ASCII-only with the ASCII flag.
from helper_sre import compile, A

subjects = ["abc123", "\u0661\u0662\u0663", "\u00b2\u2155", "caf\u00e9 na\u00efve", "\u4e2d\u6587_x",
            "a\tb\nc\x0bd\x0ce\rf g", "\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000\u200b", "\u2160\u2161",
            "\u0e51\u0e52", "x\u0301y", "\U0001d7ce\U0001d7cf", "\u00aa\u00ba\u02b0"]
for flags in (0, A):
    for pat in [r"\d+", r"\D+", r"\w+", r"\W+", r"\s+", r"\S+", r"[\d]+", r"[^\w\s]+", r"[\s\d]+"]:
        p = compile(pat, flags)
        print(flags, pat, [p.findall(s) for s in subjects])
