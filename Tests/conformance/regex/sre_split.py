# split: separators, captured separators, maxsplit, empty matches (3.7+ semantics).
from helper_sre import compile

cases = [
    (r",", ["a,b,,c", ",", "", "abc"]), (r"(,)", ["a,b"]), (r"\s*", ["a b  c"]), (r"x*", ["axxb"]),
    (r"(x)?,", ["a,bx,c"]), (r"\b", ["ab cd"]), (r"", ["abc"]), (r"(a)|(b)", ["xaybz"]),
    (r"(?=b)", ["abab"]), (r"^", ["ab\ncd"]), (r"$", ["ab\ncd\n"]), (r"\W+", ["Words, words, words."]),
]
for pat, subjects in cases:
    p = compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), p.split(s), p.split(s, 1), p.split(s, maxsplit=2), p.split(s, -1))
try:
    compile(",").split("a,b", 1, 2)
except TypeError as e:
    print("TypeError", e)
