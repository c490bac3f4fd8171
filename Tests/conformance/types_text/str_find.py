# find/rfind/index/rindex/count with start and end
s = "abracadabra"
for sub in ["a", "bra", "abra", "", "x", "ra", "abracadabra!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1), s.rfind(sub, 0, 8),
          s.count(sub, 2, -2), s.find(sub, -4), s.find(sub, 20), s.rfind(sub, -100, 100), s.count(sub, 5, 1))
print("".find(""), "".count(""), "abc".find("", 3), "abc".find("", 4), "abc".count("", 1), "abc".rfind(""))
print(s.index("c"), s.rindex("a"), s.index("a", 1, 4), s.find("a", None, None), s.find("b", None, 3))
for call in [lambda: s.index("x"), lambda: s.rindex("a", 1, 3), lambda: s.find(1), lambda: s.count(),
             lambda: s.find("a", "1"), lambda: s.index("a", 0, 0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("héllo wörld".find("ö"), "日本語の日本".rfind("日本"), "aaaa".count("aa"), "€€€".count("€", 1))
print("a" in "abc", "" in "", "ac" in "abc", "abc".__contains__("b"))
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
