# ** with positive, negative and modular exponents
print(2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 10 ** 20, 3 ** 100)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(type(2 ** -1).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 100, 10**9 + 7), pow(7, 0, 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(-3, -2, 11), pow(2, -3, 5))
for args in [(2, -1, 4), (3, 2, 0), (2, 3.0, 5), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(-8, 1/3).real > 0)
print((-8) ** 0.5)
print(4 ** 0.5, 2 ** 0.5)
print(int.__pow__(2, 5), int.__pow__(2, 5, 3), int.__rpow__(2, 5))
print(1 ** (10**100), (-1) ** (10**100 + 1))
