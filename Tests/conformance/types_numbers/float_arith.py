# mixed float/int arithmetic, rounding of big ints to float, overflow
print(0.1 + 0.2, 1.1 * 1.1, 3 * 0.1, 1 - 0.9, 2 ** 0.5, 10 / 3, 1e16 + 1, 2.0 ** 53 + 1)
print(1 + 2.0, 2**53 + 1.0, 2**64 * 1.0, 10**20 / 3, 10**300 * 1e10, -(10**300) * 1e10)
print(float(2**53 + 1), float(2**54 + 3), float(-(2**63)), float(10**22), float(10**23))
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
print((-8.0) ** (1/3), (-2.0) ** 2, (-2.0) ** -2, 0.0 ** 0, 0.0 ** 2.5)
print(type((-8.0) ** 0.5).__name__)
print(sum([0.1] * 10), 1e-323 * 0.5, 5e-324 / 2, -5e-324 / 2)
print(abs(-0.0), -0.0 + 0.0, 0.0 * -1, -0.0 - 0.0)
x = 1.5
x **= 2
x //= 2
x %= 0.3
print(x)
print(int(1e20), int(-1.9e19), int(1.5e300) == 15 * 10**299, int(2.0**80))
