# split and rsplit with separators and maxsplit
cases = ["a b  c", "  a b c  ", "", "   ", "a,b,,c,", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u3000i", ",a,", "one"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(","), s.rsplit(","), s.split(None, 1), s.rsplit(None, 1),
          s.split(",", 1), s.rsplit(",", 1), s.split(maxsplit=0), s.rsplit(sep=",", maxsplit=2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaaa".split("aa"), "aaa".rsplit("aa", 1))
print("x y z".split(" ", -1), "x y z".split(" ", -5), "1<>2<>3".split(sep="<>", maxsplit=1))
for call in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "1"),
             lambda: "a".split(",", 1, 2)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
