# find/rfind/index/rindex/count/startswith/endswith/in for bytes and bytearray
for b in [b"abracadabra", bytearray(b"abracadabra")]:
    print(b.find(b"bra"), b.rfind(b"bra"), b.find(97), b.rfind(97), b.find(b"a", 1, 5), b.count(b"a"), b.count(97),
          b.count(b""), b.index(b"c"), b.rindex(b"a", 0, -1), b.find(b"zz"), b.find(bytearray(b"ca")),
          b.find(memoryview(b"ad")), b.startswith(b"abr"), b.startswith((b"x", b"ab")), b.endswith(b"bra", 0, 4),
          b.endswith(bytearray(b"ra")), b"cad" in b, 98 in b, b"" in b, b.count(b"a", 3, 8), b.find(b"", 20))
for call in [lambda: b"abc".index(b"z"), lambda: b"abc".rindex(100), lambda: b"abc".find("a"),
             lambda: b"abc".find(256), lambda: 300 in b"abc", lambda: "a" in b"abc", lambda: b"abc".startswith("a"),
             lambda: b"abc".count(1.5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
