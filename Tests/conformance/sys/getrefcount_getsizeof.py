# sys.getrefcount returns an int; sys.getsizeof matches CPython's 64-bit sizes for basic values.
import sys
print(type(sys.getrefcount(object())).__name__, sys.getrefcount([]) >= 1)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(2**100))
print(sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abcde"), sys.getsizeof("é"), sys.getsizeof("日"))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]))
print(sys.getsizeof({}) > 0, sys.getsizeof(set()) > 0)
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()) >= 100)
print(sys.getsizeof(1, "default"))
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__, e)
