# bool is an int subclass: arithmetic results and reprs
print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True ** 10, -True, +True, ~True, abs(False))
print(type(True + True).__name__, type(-True).__name__, type(True & False).__name__, type(True | 1).__name__)
print(True & False, True | False, True ^ True, False ^ True)
print(repr(True), str(False), f"{True}", "%s %d %r" % (True, True, False))
print(bool(), bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(None), bool(1j), bool(0j), bool(' '))
print(isinstance(True, int), issubclass(bool, int), int(True), float(False), complex(True))
print(True == 1, False == 0, True is True, True.real, True.imag, True.numerator, True.denominator)
print(divmod(True, 2), round(True), True.bit_length(), True.as_integer_ratio(), hash(True))
print(sum([True, True, False]), max(True, 2), [10, 20][True], {True: 1}.get(1))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool.__name__, type(bool.__or__(True, False)).__name__, True.__and__(1))
print(True.__format__(''), format(False, '^7'), format(True, '03d'))
