# is* predicates across ASCII, Unicode letters, digits and numerics
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "½", "²", "٣", "Ⅻ", "日本", "é", "ǅ",
           "Hello World", "Hello world", "HELLO WORLD 2", "a_b", "\x00", "\u3000", "Σσ", "1.5", "-1", "ⅷ", "𝟘",
           "abc def", "ÀB", "\u200b", "ａｂｃ"]
for s in samples:
    print(repr(s), [int(f()) for f in (s.isalpha, s.isalnum, s.isdigit, s.isdecimal, s.isnumeric, s.isspace,
                                       s.islower, s.isupper, s.istitle, s.isascii, s.isprintable, s.isidentifier)])
