# IGNORECASE sets beyond Latin-1: big charsets, ranges folded outside the BMP, the special cases.
from helper_sre import compile, I, A

subjects = ["\u0410\u0430\u0411\u0431", "\u1f00\u1f08\u1f80\u1f88", "\U00010400\U00010428\U000104b0\U000104d8",
            "\u2c00\u2c30", "\u0131I\u0130i", "\u017fsS", "\u212akK", "\u1e9e\u00df", "\u03c2\u03c3\u03a3",
            "\u0390\u1fd3", "\uff21\uff41", "\u24b6\u24d0"]
pats = ["[\u0430-\u044f]+", "[\u0410-\u042f]+", "[\u1f00-\u1f07]+", "[\U00010428-\U0001044f]+", "[\U00010400-\U00010427]+",
        "[\u2c30-\u2c5f]+", "[i]+", "[\u0131]+", "[s]+", "[k]+", "[\u00df]+", "[\u03c3]+", "[\uff41-\uff5a]+",
        "[\u24d0-\u24e9]+", "[^\u0430-\u044f]+", "[\u0400-\u04ff\u1f00-\u1fff]+", "\u1f80", "[\u1f80]"]
for flags in (I, I | A):
    for pat in pats:
        p = compile(pat, flags)
        print(flags, ascii(pat), [p.findall(s) for s in subjects])
