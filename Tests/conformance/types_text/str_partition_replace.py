# partition, rpartition and replace
for s in ["a=b=c", "abc", "=", "", "==", "key = value"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition(" = "), s.rpartition("abc"))
for call in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None), lambda: "a".partition()]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", ""))
print("aaaa".replace("aa", "b"), "abc".replace("b", "日本"), "ÀÀ".replace("À", "a", 1), s.replace("x", "y"))
for call in [lambda: s.replace(1, "a"), lambda: s.replace("a"), lambda: s.replace("a", "b", "c")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
