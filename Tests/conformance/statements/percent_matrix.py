# A deterministic sample of printf-style conversions with flags, widths and precisions (including *).
vals = [0, 5, -17, 255, 3.0, -2.5, 0.001, 1e20, "ab", True, float("inf")]
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+#", "0#-"]
widths = ["", "6", "*", "1"]
precs = ["", ".0", ".2", ".*"]
types = "diouxXeEfFgGcrsa"
for k in range(1200):
    v = vals[k % len(vals)]
    f = flags[(k * 5 + k // 11) % len(flags)]
    w = widths[(k * 7) % len(widths)]
    p = precs[(k * 3 + k // 5) % len(precs)]
    t = types[(k * 13 + k // 3) % len(types)]
    fmt = "%" + f + w + p + t
    args = []
    if w == "*":
        args.append(-7 if k % 4 == 0 else 7)
    if p == ".*":
        args.append(3)
    args.append(v)
    try:
        r = fmt % tuple(args)
    except (TypeError, ValueError, OverflowError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(fmt), repr(v), repr(r))
