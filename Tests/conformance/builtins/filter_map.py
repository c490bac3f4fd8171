# filter() and map(): None predicate, several iterables, laziness, errors.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(lambda *a: a, "ab", "cde", [1, 2, 3])))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(calls, type(m).__name__, iter(m) is m)
print(next(m), calls)
f = filter(None, [0, 1])
print(type(f).__name__, list(f), list(f))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(None, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
