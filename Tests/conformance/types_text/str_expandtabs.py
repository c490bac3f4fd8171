# expandtabs with default and explicit sizes, and with line breaks resetting the column
for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\ti", "a\nb\tc", "a\r\tb", "日\t本", "\t\t", "x\ty\n\tz", ""]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)),
          repr(s.expandtabs(-3)), repr(s.expandtabs(tabsize=3)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print("TypeError", e)
