# pow() with two and three arguments, negative exponents and modular inverse.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -2, 5))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(-8, 1/3).__class__.__name__)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(1)
except TypeError as e:
    print(type(e).__name__, e)
