# %-formatting of bytes
print(b"%s and %s" % (b"x", bytearray(b"y")), b"%d-%i-%x-%X-%o" % (42, -3, 255, 255, 8), b"%5d|%-5d|%05d" % (1, 2, 3))
print(b"%c%c" % (65, b"B"), b"%r" % b"q", b"%a" % "é", b"%%", b"%.2f %e %g" % (1.5, 1e10, 0.0001), b"%(k)s" % {b"k": b"v"})
print(b"%s" % memoryview(b"mv"), b"%b" % b"bb", b"%10s|%-4s|" % (b"r", b"l"), b"%#x %#o" % (255, 8), b"%+d % d" % (5, 5))
for call in [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"),
             lambda: b"%c" % 256, lambda: b"%z" % 1, lambda: b"%c" % b"ab"]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
