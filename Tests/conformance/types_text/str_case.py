# case methods, including the non-ASCII special cases
words = ["hello world", "HELLO", "hElLo wOrLd", "straße", "ǅungla", "ﬁsh", "İstanbul", "ΣΑΣ", "they're bill's friends",
         "123abc DEF", "", "a1b2 c3", "ǉ", "mAcDonald's", "ÀÉÎ õü", "hello\tworld\nnew", "σς", "ŉ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.swapcase()),
          repr(w.capitalize()), repr(w.title()))
print("ß".upper(), "ß".casefold(), "ẞ".lower(), "ﬃ".upper(), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
print("ǆ".title(), "ǆ".capitalize(), "ǅ".upper(), "ǅ".lower(), "ǅ".swapcase())
print("hello".upper() is not None, str.upper("x"), str.title("a-b_c d'e"))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
