# assorted str methods on edge inputs
print("".split("x"), "".rsplit("x"), "".splitlines(), "".partition("x"), "".center(3, "x"), "".title(), "".capitalize())
print("a".join(""), "ab".join("xyz"), "ab".count("ab", 0, 2), "ab".count("ab", 0, 1), "aaa".find("aa", 1), "aaa".rfind("aa"))
print("abc".index("c", -1), "abc".rindex("a", -5), "abc".startswith("", 3), "abc".endswith("c", -1, 10), "abc"[::-1].upper())
print("tab\there".expandtabs(), "x".zfill(-5), "-".zfill(3), "+".zfill(1), "١٢".isdigit(), "Ⅻ".isnumeric(), "Ⅻ".isdecimal())
print("hello world".title(), "HELLO WORLD".capitalize(), "o'neil's 3rd".title(), "éCOLE".swapcase(), "ΐ".upper())
print("MiXeD".casefold(), "ǇǈǉJ".lower(), "ǇǈǉJ".upper(), "ǈ".istitle(), "Ǉ".isupper(), "ǉ".islower())
print(str.isalpha("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.replace("aaa", "a", "b", 2))
print("%-5s|%5s|%.2s" % ("ab", "cd", "efgh"), "{0!a}".format("é"), "{:^10.3}".format("abcdef"))
