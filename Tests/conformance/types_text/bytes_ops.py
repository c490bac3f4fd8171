# indexing, slicing, concatenation, repetition, comparison and hashing of bytes
b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b + b"gh", b + bytearray(b"!"), b * 2, 3 * b"x", b * 0)
print(b < b"abd", b"" < b"a", b"b" > b"abc", b == bytearray(b"abcdef"), b == "abcdef", b != b"x", b"\xff" > b"\x00")
print(hash(b"abc") == hash(b"abc"), list(b"ab"), sorted(b"cab"), max(b"azb"), bytes(reversed(b"abc")), len(b))
for call in [lambda: b[6], lambda: b["a"], lambda: b + "x", lambda: b < "x", lambda: hash(bytearray(b"x")),
             lambda: b * 1.5, lambda: b"a" + 1]:
    try:
        print(call())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"xyz")
print(ba[0], ba[1:], ba + b"!", ba * 2, ba == b"xyz", bytearray(b"a") < b"b", type(ba[1:]).__name__, type(b"x" + ba).__name__)
print(b.__len__(), b.__getitem__(0), b.__contains__(97), bytes.__add__(b"a", b"b"), b.__mul__(2), b.__rmul__(2))
