# operators, indexing and slicing of str; join; comparison by code point
s = "héllo, wörld"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[100:], s[-100:3], s[5:1], s[1:-1:3], len(s), s * 2, 0 * s, s * -1)
print("a" + "b", "ab" < "b", "a" < "ä", "Z" < "a", "abc" <= "abc", "abc" > "ab", "" < "a", "\uffff" < "\U00010000")
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("abc"), "x".join(("1",)), " ".join(map(str, range(3))))
for call in [lambda: s[20], lambda: s["a"], lambda: ", ".join([1, 2]), lambda: "a" + 1, lambda: "a" * 1.5,
             lambda: "a" < 1, lambda: s[1.0:2], lambda: ", ".join(5)]:
    try:
        print(call())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(str(), str(123), str(1.5), str([1, "a"]), str(None), repr("it's"), repr('"q"'), repr("both ' \""))
print(repr("\x00\x07\t\n\r\x1b\x7f\x80\xa0\xff\u0100\u2028\ud7ff\U0001f600\\"), ascii("héllo\U0001f600"))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(3),
      "ab".__rmul__(2), "a".__lt__("b"), "a".__eq__(1), "%s-%s" % ("a", 1), "a".__mod__(()), str.__new__(str, 5))
print(list(reversed("abc")), sorted("bca"), min("hello"), max("hello"), "abc".__iter__().__next__())
print(ord("€"), chr(8364), chr(0x1F600), ord("\U0001f600"))
