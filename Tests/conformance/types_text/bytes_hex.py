# hex() with separators and fromhex()
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -2), b.hex(" ", 3), b.hex(b"|"), b.hex(":", 100), b"".hex(":"))
print(bytearray(b"\x01\x02\x03").hex("."), memoryview(b"\xab\xcd").hex(), b"\xff".hex(sep="", bytes_per_sep=1) if False else 1)
for call in [lambda: b.hex("::"), lambda: b.hex(""), lambda: b.hex(1), lambda: b.hex("é")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["", "00", "deadBEEF", " 01 02  03 ", "0a\n0b", "\t7f"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for s in ["0", "0g", "1 2", "zz", "012"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print("ValueError", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError", e)
print(type(bytearray.fromhex("41")).__name__)
