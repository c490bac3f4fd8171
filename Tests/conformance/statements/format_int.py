# Format spec mini-language for ints.
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "=+5d", "*^9", "+d", "-d", " d", "05d", "+05d", "b", "#b", "o", "#o",
         "x", "#x", "X", "#X", "#010x", ",", "_", "_b", "_x", "10,", "c", "n", "e", ".2e", "f", ".3f", "g", "%", ".1%",
         "E", "G", "08,", "=10", "0=10", "^+10"]
for v in [0, 7, -7, 255, 1234567, -1234567, True]:
    print(v, [format(v, s) for s in specs if not (s == "c" and not 0 <= v < 0x110000)])
print(format(65, "c"), format(0x1F600, "c"))
print(format(2 ** 70, ","), format(-2 ** 70, "x"), format(10 ** 20, "e"))
errors = ["s", ".2d", "z", ",b", "=^", "+c", "#c", "\x00", ",_", "_,", "<<", "10.x"]
for s in errors:
    try:
        print(repr(s), format(5, s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
