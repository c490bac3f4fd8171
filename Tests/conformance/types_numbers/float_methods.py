# is_integer, as_integer_ratio, conjugate, real/imag, and the dunders of float
for v in [0.0, 1.0, -2.0, 1.5, 0.1, 1e300, 5e-324, -0.75]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
x = 2.75
print(x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__(), x.__float__(), x.__abs__(), x.__neg__(), x.__pos__())
print((-2.75).__trunc__(), (-2.75).__floor__(), (-2.75).__ceil__(), type((-2.75).__floor__()).__name__)
print(x.__add__(1), x.__radd__(1), x.__sub__(1), x.__rsub__(1), x.__mul__(2), x.__truediv__(2), x.__rtruediv__(11))
print(x.__floordiv__(1), x.__mod__(1), x.__divmod__(1), x.__rdivmod__(7), x.__pow__(2), x.__rpow__(2))
print(x.__add__("a"), x.__eq__(2.75), x.__lt__(3), x.__ge__(3), x.__eq__("x"), x.__bool__(), (0.0).__bool__())
print(float.__getformat__('double'), x.__getnewargs__(), float.__new__(float, "1.5"), x.__hash__() == hash(2.75))
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (-0.5).__floor__())
for f in [float.__floor__, float.__ceil__, int]:
    for v in [float('inf'), float('nan')]:
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
