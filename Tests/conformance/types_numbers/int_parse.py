# int(str, base): prefixes, underscores, whitespace, signs and the error messages
cases = [("42", 10), (" 42\n", 10), ("-42", 10), ("+42", 10), ("1_000", 10), ("0x_ff", 16), ("0xff", 16),
         ("ff", 16), ("FF", 16), ("0o17", 8), ("17", 8), ("0b101", 2), ("101", 2), ("0x1f", 0), ("0o17", 0),
         ("0b11", 0), ("10", 0), ("0", 0), ("00", 0), ("0_0", 0), ("z", 36), ("Zz", 36), ("-0x10", 0),
         ("\t\u3000 7 \u2003", 10), ("١٢٣", 10), ("12", 3), ("-0b_1", 0)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("", 10), (" ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("12a", 10), ("08", 0),
       ("0b2", 0), ("1.5", 10), ("3", 2), ("0x1g", 16), ("- 1", 10), ("++1", 10), ("1 2", 10), ("0o8", 8)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
for args in [("1", 1), ("1", 37), ("1", -1), (5, 10), (1.5, 10)]:
    try:
        int(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(b"12"), int(b" -7 "), int(bytearray(b"0x10"), 16), int("10", base=16))
print(int(3.99), int(-3.99), int(True), int(), int("  -0  "))
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int(x=5)
except TypeError as e:
    print("TypeError", e)
