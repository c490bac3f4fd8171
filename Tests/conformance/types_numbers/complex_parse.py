# complex(): from strings, numbers and two arguments
good = ["1+2j", "1-2j", "  3j ", "-j", "+j", "j", "1", "-1.5", "(1+2j)", " ( -1e3-2.5e-2J ) ", "1e3j", "inf+nanj",
        "-infj", "1_0+2_0j", "0j", "-0", ".5-.5j", "1E+2-3E-1j", "nan"]
for s in good:
    print(repr(s), complex(s))
bad = ["", "1+2", "1+j2", "(1+2j", "1+2j)", "1 + 2j", "j1", "1jj", "1+2i", "()", "1__0j", "abc", "1+-2j"]
for s in bad:
    try:
        complex(s)
    except ValueError as e:
        print("ValueError", e)
print(complex(), complex(1), complex(1.5, 2), complex(1, 2j), complex(1j, 1j), complex(real=2, imag=3), complex(imag=1))
print(complex(True, False), complex(2**60), complex(complex(1, 1)))
for args in [("1", 2), (1, "2"), (None,), ([],), ("1", "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
