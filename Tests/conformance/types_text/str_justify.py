# center, ljust, rjust and zfill
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    for w in [-1, 0, 3, 4, 7, 8]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "é")), repr(s.center(w, "-")))
print("abc".center(6), "abc".center(5), "ab".center(5), "ab".center(6, "."), "a".center(4, "x"))
for s in ["42", "-42", "+42", "", "-", "abc", "--1", "3.14", "-0.5"]:
    print(repr(s), s.zfill(5), s.zfill(0), s.zfill(1), s.zfill(6))
for call in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill(),
             lambda: "a".center(), lambda: "a".ljust(3, 1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
