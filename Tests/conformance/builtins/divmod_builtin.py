# divmod() on ints, floats, negatives, big ints, user types and errors.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(divmod(2**100, 7), divmod(-(2**100), 7))
print(divmod(True, 2))
class N:
    def __divmod__(self, other): return ("divmod", other)
    def __rdivmod__(self, other): return ("rdivmod", other)
print(divmod(N(), 3), divmod(3, N()))
for args in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
