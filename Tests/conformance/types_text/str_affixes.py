# startswith/endswith with tuples and bounds; removeprefix/removesuffix
s = "hello world"
print(s.startswith("hell"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9),
      s.startswith(("x", "he")), s.startswith(()), s.startswith(""), s.startswith("", 11), s.startswith("", 12),
      s.startswith("h", -11), s.startswith("o", -1))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith(("x", "ld")), s.endswith("o", 0, -6),
      s.endswith("", 5, 2), s.endswith("d", -1), s.endswith("", 20))
for call in [lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith(("a", 1)), lambda: s.startswith()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
for p in ["he", "", "hello world!", "world", "hello world"]:
    print(repr(s.removeprefix(p)), repr(s.removesuffix(p)))
print("日本語".removeprefix("日"), "日本語".removesuffix("語"))
try:
    s.removeprefix(None)
except TypeError as e:
    print("TypeError", e)
