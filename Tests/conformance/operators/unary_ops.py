# Unary dunders and abs/round/int/float/complex conversions.
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __repr__(self): return f'N({self.v})'
n = N(3)
print(-n, +n, ~n, abs(n), -(-n))
class Conv:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1+2j
    def __index__(self): return 7
    def __round__(self, nd=None): return ('round', nd)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
c = Conv()
print(int(c), float(c), complex(c), round(c), round(c, 2))
print(bin(c), hex(c), oct(c))
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()) if False else 'skip', [0, 1, 2, 3][OnlyIndex()])
class BadInt:
    def __int__(self): return 'no'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
