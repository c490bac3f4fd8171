# A deterministic sample of format specs for str and complex values, including the error order.
vals = ["", "abc", "héllo", 1 + 2j, -1.5j, complex(0, 0), complex(-0.0, 2), 1e20 + 1e-5j, complex(float("inf"), float("nan"))]
aligns = ["", "<", ">", "^", "=", "*<", "0=", "x^"]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "8", "20"]
groups = ["", ",", "_"]
precs = ["", ".0", ".2", ".5"]
types_s = ["", "s", "d", "r"]
types_c = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
def pick(k, options, prime):
    return options[(k * prime + k // 7) % len(options)]
for k in range(3000):
    v = vals[k % len(vals)]
    types = types_s if isinstance(v, str) else types_c
    spec = (pick(k, aligns, 3) + pick(k, signs, 5) + pick(k, alts, 7) + pick(k, zeros, 11) + pick(k, widths, 13)
            + pick(k, groups, 17) + pick(k, precs, 19) + pick(k, types, 23))
    try:
        r = format(v, spec)
    except (ValueError, OverflowError, TypeError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(v), repr(spec), repr(r))
