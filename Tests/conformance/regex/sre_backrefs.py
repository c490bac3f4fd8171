# Backreferences: numbered, named, case-insensitive; references to unset or later groups.
from helper_sre import compile, show, I, A

cases = [
    (r"(a+)b\1", 0, ["aabaa", "aaba", "abaa"]), (r"(\w)\1", 0, ["hello", "abc", "aabb"]),
    (r"(?P<q>['\"]).*?(?P=q)", 0, ["say 'hi' \"x\"", "'a\""]), (r"(a)|\1", 0, ["a", "b"]),
    (r"(a)?\1", 0, ["aa", "b"]), (r"(\w+) \1", I, ["Hello HELLO", "ab AB"]), (r"(\w+) \1", I | A, ["Ab aB"]),
    (r"(\w)\1", I, ["\u00e9\u00c9", "\u03a3\u03c3", "\u03c3\u03c2", "Kk"]), (r"(a*)\1b", 0, ["aaaab", "aab", "b"]),
    (r"(?:(a)|b)\1", 0, ["aa", "ba"]), (r"((a)\2)+", 0, ["aaaa"]), (r"(?:(\d)\1)+", 0, ["112233", "1123"]),
    (r"()\1", 0, ["x"]), (r"(a)(?:b\1)*", 0, ["ababa"]),
]
for pat, flags, subjects in cases:
    p = compile(pat, flags)
    for s in subjects:
        print(repr(pat), flags, repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))
