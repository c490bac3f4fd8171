# enumerate() with start, keyword start, iterator protocol and errors.
print(list(enumerate("abc")))
print(list(enumerate("abc", 10)), list(enumerate("ab", start=-1)))
print(list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(type(e).__name__, iter(e) is e, next(e), next(e))
try:
    next(e)
except StopIteration as ex:
    print("StopIteration", repr(ex))
print(list(enumerate(range(3), 2**70)))
print(dict(enumerate("hi")))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    enumerate("a", "b")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    enumerate()
except TypeError as ex:
    print(type(ex).__name__, ex)
