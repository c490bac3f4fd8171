# Format spec mini-language for floats.
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^10.2f", "+.1f", " .1f", "010.2f", "e", ".3e", "E", "g", ".3g",
         "G", "#g", "#.3g", ".0e", "%", ".1%", ",", ",.2f", "_.3f", "n", ".10g", "#.0f", "r" if False else "F", "=+10.2f", "*<12.4e"]
for v in [0.0, -0.0, 1.5, -2.25, 123456.789, 1e-7, 1e22, 0.1, 2.5, 3.5, 1e16, 123.0]:
    print(v, [format(v, s) for s in specs])
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", "E", "G", "+", "10", "010", "%"]])
print(format(1.0), format(1e16), format(1.2345e-5), format(0.00001), format(12345678901234567.0, ""))
print(format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
for s in ["d", "x", "c", "b", ",.2g"]:
    try:
        print(format(1.5, s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(format(3 + 4j), format(3 + 4j, ".2f"), format(-1.5j, "10"), format(1 + 2j, "^20.1e"), format(complex(0, 0)))
for s in ["%", "=10", "010"]:
    try:
        print(format(1 + 1j, s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
