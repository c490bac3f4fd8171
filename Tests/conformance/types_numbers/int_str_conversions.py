# str/repr/hex/oct/bin of ints, and conversions back with base 0
vals = [0, 1, -1, 255, -255, 2**64, -(2**64) + 1, 10**25, -(7**40)]
for v in vals:
    print(str(v), hex(v), oct(v), bin(v), int(hex(v), 16), int(oct(v), 0), int(bin(v), 0), int(str(v)))
print(int("  -0o777 ", 0), int("0B1111", 0), int("0XdeadBEEF", 0), int("1" * 50), int("-" + "9" * 30))
print(f"{2**100}", "%d" % 2**100, "%x" % -255, "%o" % 8, "{:b}".format(-5), "{:#x}".format(2**70))
print(str(True), repr(False), int("+0"), int("-0"), -0, 0 == -0)
print(hex(True), oct(False), bin(3), (255).__index__(), (-5).__abs__())
for bad in [1.5, "5", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
