# bytes() and bytearray() constructors and reprs
print(bytes(), bytes(3), bytes([65, 66, 0, 255]), bytes(b"ab"), bytes(bytearray(b"cd")), bytes("é", "utf-8"),
      bytes(range(5)), bytes(iter([1, 2])), bytes(memoryview(b"mv")), bytes("abc", encoding="ascii"))
print(bytearray(), bytearray(2), bytearray(b"x'y"), bytearray([1, 2]), bytearray("ü", "latin-1"), bytearray(b'"'))
print(repr(b"a'b"), repr(b'a"b'), repr(b"a'\"b"), repr(b"\x00\t\n\r\\\x7f\x80\xff"), str(b"abc"))
for call in [lambda: bytes("abc"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5),
             lambda: bytes(["a"]), lambda: bytes(5, "utf-8"), lambda: bytearray("x"), lambda: bytes("x", "bogus"),
             lambda: bytes(b"x", "utf-8"), lambda: bytearray([300])]:
    try:
        print(call())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), bytes.fromhex("41 42"), len(bytes(10)), bytes(b"abc") is not None)
