# maketrans and translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "d": 101})
print(sorted(t3.items()), "abcde".translate(t3))
print("héllo".translate({ord("é"): "e", ord("l"): None}), "abc".translate({}), "abc".translate([]))
print("abc".translate({97: 98, 98: 99}), "abc".translate("xyz"), "日本".translate({26085: "sun"}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError
print("banana".translate(Table()))
for call in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
             lambda: str.maketrans("a", 1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}),
             lambda: str.maketrans({1.5: "a"}), lambda: str.maketrans("a", "b", 3)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str.maketrans("", ""), "".maketrans("a", "b"))
