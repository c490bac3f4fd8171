# isidentifier and isprintable in detail
for s in ["a", "_", "a1", "1a", "", "a-b", "café", "日本", "ℕ", "℘x", "·a", "a·", "if", "None", "x\u0300", "\u0300x",
          "Ⅻ", "a b", "$", "ªº", "ﬁ", "a\u200d"]:
    print(repr(s), s.isidentifier())
for s in ["abc", "", " ", "\n", "\t", "a\x7f", "é", "\xa0", "\xad", "\u2028", "\u3000", "😀", "\U000e0001", "\ue000",
          "\u0378", "a\u200b", "~!@"]:
    print(ascii(s), s.isprintable())
