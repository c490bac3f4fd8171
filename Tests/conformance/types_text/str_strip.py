# strip/lstrip/rstrip with default whitespace and explicit chars
for s in ["  hi  ", "\t\n hi \x0b\x0c\r", "\u3000hi\u2003", "xxhixx", "", "   ", "\x1chi\x1f", "\x85hi\xa0"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(None)))
print("www.example.com".strip("cmowz."), "  a b  ".lstrip(" a"), "abcabc".rstrip("cb"), "abc".strip(""))
print("ééaéé".strip("é"), "日本日".strip("日"))
for call in [lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip("a", "b")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
