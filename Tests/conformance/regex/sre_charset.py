# Character classes: literals, ranges, negation, categories inside sets, bitmaps and big charsets.
from helper_sre import compile, show

pats = ["[abc]", "[^abc]", "[a-f0-4]", "[^a-z]", r"[\d_]", r"[^\W\d]", r"[\s\-]", "[]a]", "[a-]",
        "[\u0400-\u04ff]+", "[\u0400-\u040f\u0450-\u045f]", "[^\u0100-\uffff]", "[\U00010000-\U0001ffff]",
        "[a\u0101\u0103\u0105\u0107b]", "[\u4e00-\u9fff\u3040-\u309f]+", "[^\u4e00-\u9fff]+",
        "[\x00-\x08\x0b\x0c\x0e-\x1f]", "[acegikmoqsuwy]+", "[\u0100\u0300\u0500\u0700\u0900]",
        "[\x80-\xff]+"]
subjects = ["abc", "xyz", "f5g", "_9", "A-B", "]a", "-",
            "\u0416\u0436\u0410x", "\u0401\u0451", "\u4e2d\u6587\u3042abc", "\U00010400\U0001f600",
            "\u0101\u0102\u0105", "\x01\x0c\x1f", "aceg bdf", "\u0300\u0301\u0500", "\xe9\xff\x80a", ""]
for pat in pats:
    p = compile(pat)
    print(repr(pat), [p.findall(s) for s in subjects])
