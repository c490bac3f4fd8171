# printf-style formatting details.
print("%5.2f|%-8.3e|%+g|%#x|%#o|%05.1f" % (3.14159, 12345.6789, 2.0, 255, 8, -2.5))
print("%s|%10s|%-10s|%.2s" % ("abc", "abc", "abc", "abc"))
print("%r %r %r" % ("it's", [1, "a"], {"k": (1,)}))
print("%d%%" % 50, "%%%s%%" % "x")
print("%(x)s-%(x)r-%(y)05d" % {"x": "v", "y": 42})
print("%c%c%c" % (72, 105, 33))
print("%x %o %X" % (-255, -8, 3054))
print("%.3d|%5.3d|%-5.3d|" % (7, 7, 7))
print("%e %E" % (0.0, -1e-300))
print("%g %g %g %g" % (100000, 1000000, 1e-4, 1e-5))
print("%#g %#.2g" % (1.0, 0.0001))
print("%s" % b"bytes", "%r" % b"x")
print("%s %s" % ((1, 2), [3]))
print("%d" % True, "%s" % True, "%f" % 1)
l = []
l.append(l)
print("%s" % l, "%r" % (l,))
class P:
    def __index__(self):
        return 7
    def __int__(self):
        return 8
try:
    print("%x" % P(), "%d" % P())
except TypeError as e:
    print("TypeError", e)
print(b"%5s|%-5s|%3d|%x" % (b"ab", b"cd", 7, 255))
print(b"%%%c" % b"!")
for fmt, args in [("%.2f", "s"), ("%i", None), (b"%s", "str"), (b"%c", 300), ("%(a", {"a": 1}), ("%-", (1,))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
