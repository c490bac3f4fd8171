# round(): banker's rounding, ndigits, negative ndigits, ints and __round__.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(123.456, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(2.5, None))
print(round(1e300, 2), round(0.1 + 0.2, 10))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
for bad in (float("nan"), float("inf")):
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2))
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "a")
except TypeError as e:
    print(type(e).__name__, e)
