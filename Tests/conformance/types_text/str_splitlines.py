# splitlines with every line boundary, with and without keepends
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "\n\n", "a\n", "a", "\r\n", "\n\r", "a\r\rb", "x\r\n\r\ny", "\x1f", "\u0085\u0085"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
try:
    "a".splitlines(x=1)
except TypeError as e:
    print("TypeError", e)
