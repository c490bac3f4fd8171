# printf-style % formatting for str and bytes.
print("%s %r %a" % ("s", "s", "\u00e9"))
print("%d %i %u %5d|%-5d|%05d %+d % d" % (1, 2, 3, 4, 5, 6, 7, 8))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 255))
print("%f %.2f %10.3f|%-10.1f|%e %.2E %g %G %.3g" % (1.5, 2.345, 3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e20, 2.71828))
print("%c %c" % (65, "z"))
print("%%  %s%%" % "lit")
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%s and %s" % (None, True))
print("%d" % 3.99, "%x" % True, "%5.1s|" % "abc")
print("%#.3g %#o %#x" % (1.0, 0, 0))
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"x"))
print(b"%r %a" % (b"x", "e"))
print("%s" % "only", "plain" % ())
class WithStr:
    def __str__(self):
        return "WS"
    def __repr__(self):
        return "WR"
print("%s %r" % (WithStr(), WithStr()))
print("%(a)s" % {"a": 1, "b": 2})
print("%-8s|%8s|" % ("ab", "cd"))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%i" % -0, "%d" % -5, "%+.2e" % -0.0)

errors = [
    ("%d", ("s",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%(k)s", (1,)),
    ("%(k)s", {}), ("%c", (1.5,)), ("%c", ("ab",)), ("%x", (1.5,)), ("%", (1,)), ("%d", ([],)),
    ("%c", (-1,)), ("%*d", ("a", 1)), ("%(a)s %s", {"a": 1}),
]
for fmt, args in errors:
    try:
        print(repr(fmt), fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
