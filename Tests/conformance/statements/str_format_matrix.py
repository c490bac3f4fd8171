# A deterministic sample of str.format strings: fields, conversions, nested specs, escapes and errors.
pieces = ["{", "}", "{}", "{0}", "{1}", "{x}", "{x.real}", "{0[0]}", "{!r}", "{:>4}", "{0!s:^5}", "{:{}}", "{:{w}}",
          "{{", "}}", "a", "{0.}", "{0[}", "{!}", "{:}", "{x!a}", "{0:{1}{2}}", "{[0]}", "{.real}", "{0!r:}", "{-1}",
          "{ }", "{0 }", "{x[y]}", "{00}", "{x.y.z}", "{:%}", "{0!s!r}", "{0:{{}}}"]
args = ([5, 6], 7, "s")
kwargs = {"x": 1 + 2j, "w": 6, "y": 0}
for k in range(1500):
    n = 1 + k % 4
    fmt = "".join(pieces[(k * (j + 3) + j * 7 + k // 5) % len(pieces)] for j in range(n))
    try:
        r = fmt.format(*args, **kwargs)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(fmt), repr(r))
