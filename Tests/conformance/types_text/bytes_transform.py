# case, justify, replace, expandtabs, zfill, translate and predicates for bytes
b = b"hello World 123\xe9"
print(b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title(), b"abc def".title(), b"HELLO".capitalize())
print(b"ab".center(7, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4),
      b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"."), bytearray(b"xy").center(6))
for s in [b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t", b"", b"\xe9", b"Hello world"]:
    print(s, [int(f()) for f in (s.isalpha, s.isalnum, s.isdigit, s.isspace, s.islower, s.isupper, s.istitle, s.isascii)])
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcabc".translate(None, b"b"), b"abc".translate(t, b"a"))
print(bytearray(b"abc").translate(t), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), bytearray(b"ab").removeprefix(b"x"))
for call in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".translate(b"short"), lambda: b"a".center(5, b"ab"),
             lambda: b"a".replace("a", "b")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
