# complex repr, arithmetic, conjugate, abs and comparisons
vals = [1j, -1j, 2 + 3j, -2.5 - 0.5j, complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(1e20, 1e-5),
        complex(float('inf'), float('nan')), complex(1, float('-inf')), 0j, -0j, complex(3), 1e300j * 1e10]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate())
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), abs(1 + 1j), a ** 2, a ** 0.5, a ** b, a ** 0, 2 ** a)
print(a + 1, 1 + a, a * 2.5, 1 / a, a == 3 + 4j, a != b, (1 + 0j) == 1, 1.0 == 1 + 0j, a == "x")
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j) == hash(1j))
for bad in [lambda: a < b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / 0, lambda: 0j ** -1,
            lambda: int(a), lambda: float(a), lambda: round(a), lambda: a > 1]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(1, 2) * complex(0, 1), (1j) ** 2, (1 + 2j).__abs__(), (1 + 2j).__neg__(), bool(0j), bool(1e-300j))
print(abs(complex(3e200, 4e200)), (2j).__rsub__(1), (2j).__radd__(1), (2j).__mul__(2), (2j).__truediv__(2))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError", e)
print(format(1 + 2j), format(1.5 + 2j, '.2f'), format(3j, ''), f"{1-1j:>12}", format(1 + 2j, '^14.1e'))
