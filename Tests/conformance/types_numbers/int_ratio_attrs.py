# numerator/denominator/real/imag/conjugate/as_integer_ratio and the numeric dunders
for v in [0, 5, -5, 2**80, True]:
    print(v.numerator, v.denominator, v.real, v.imag, v.conjugate(), v.as_integer_ratio())
    print(type(v.numerator).__name__, type(v.as_integer_ratio()[0]).__name__)
print(int.__index__(7), (7).__int__(), (7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((7).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print(round(12345, -1), round(12355, -1), round(5, 2), round(-15, -1), round(25, -1), round(2**70 + 5, -1))
print(type(round(5)).__name__, type(round(5, 1)).__name__)
print((5).__abs__(), (-5).__abs__(), (-5).__neg__(), (5).__pos__(), (0).__bool__(), (3).__bool__())
print((17).__divmod__(5), (17).__rdivmod__(5), (17).__floordiv__(5), (17).__mod__(5), (17).__truediv__(4))
print((3).__lt__(4), (3).__eq__(3), (3).__ne__(3), (3).__ge__(4), (3).__eq__(3.0), (3).__lt__("a"))
print((255).__sizeof__() > 0, int.__hash__(5), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61))
print((5).__format__(''), (5).__format__('03d'), int.__new__(int, 7), (3).__getnewargs__())
