# pow() with a modulus calls __pow__(other, mod); ** never passes a modulus.
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
p = P()
print(p ** 2, pow(p, 2), pow(p, 2, 5), 2 ** p, pow(2, p))
try:
    pow(2, p, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
try:
    pow(2.0, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __pow__(self, o): return 'two-arg pow only'
print(Two() ** 1)
try:
    pow(Two(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
