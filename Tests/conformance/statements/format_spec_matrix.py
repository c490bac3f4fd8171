# A deterministic sample of format specs (fill, align, sign, #, 0, width, grouping, precision, type)
# applied to ints and floats; every result or error message is printed.
vals_i = [0, 1, -1, 7, -42, 255, 123456789, -10**12, 2**40]
vals_f = [0.0, -0.0, 1.5, -2.25, 0.1, 1e-7, 123456.789, 1e16, 1e22, 2.5, 0.5, 9.995, float("inf"), float("nan")]
aligns = ["", "<", ">", "^", "=", "*<", "0=", "x^"]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "8", "12", "1"]
groups = ["", ",", "_"]
precs = ["", ".0", ".1", ".3"]
types_i = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%"]
types_f = ["", "e", "E", "f", "F", "g", "G", "n", "%"]

def pick(k, options, prime):
    return options[(k * prime + k // 7) % len(options)]

def spec_for(k, types):
    return (pick(k, aligns, 3) + pick(k, signs, 5) + pick(k, alts, 7) + pick(k, zeros, 11) + pick(k, widths, 13)
            + pick(k, groups, 17) + pick(k, precs, 19) + pick(k, types, 23))

for k in range(900):
    for v, types in ((vals_i[k % len(vals_i)], types_i), (vals_f[k % len(vals_f)], types_f)):
        spec = spec_for(k, types)
        try:
            r = format(v, spec)
        except (ValueError, OverflowError, TypeError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(v), repr(spec), repr(r))
