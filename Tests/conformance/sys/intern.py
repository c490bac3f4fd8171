# sys.intern returns an identical object for equal strings.
import sys
a = "".join(["hel", "lo world!"])
b = "".join(["hello", " world!"])
print(a == b, a is b)
ia, ib = sys.intern(a), sys.intern(b)
print(ia is ib, ia == a, type(ia).__name__)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.intern()
except TypeError as e:
    print(type(e).__name__, e)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(type(e).__name__, e)
