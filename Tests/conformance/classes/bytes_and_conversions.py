# bytes(), int(), float(), str() conversions through dunders.
class B:
    def __bytes__(self): return b'custom'
print(bytes(B()))
class BadBytes:
    def __bytes__(self): return 'str'
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __int__(self): return 7
    def __index__(self): return 8
print(int(I()), [0] * 9 and [10, 11, 12, 13, 14, 15, 16, 17, 18][I()])
class F:
    def __float__(self): return 2.0
print(float(F()), F.__float__(F()))
class OnlyIndex:
    def __index__(self): return 5
print(int(OnlyIndex()), float(OnlyIndex()))
class IntSub(int): pass
print(int(IntSub(4)), type(int(IntSub(4))).__name__)
class StrSub(str): pass
print(str(StrSub('q')), type(str(StrSub('q'))).__name__)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
