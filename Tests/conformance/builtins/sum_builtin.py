# sum(): start argument, floats, lists, and refused types.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2], start=1))
print(sum([True, True, False]), sum(x * x for x in range(4)), sum([2**70, 2**70]))
print(sum([1, 2.5, 3j]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], bytearray())
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum()
except TypeError as e:
    print(type(e).__name__, e)
