# zip(): shortest wins, strict=True errors, laziness, no arguments.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("a", "b", "c")))
print(dict(zip("abc", range(3))))
z = zip([1], [2])
print(type(z).__name__, iter(z) is z, next(z), next(z, "end"))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pulled = []
def g(n):
    for i in range(n):
        pulled.append(i)
        yield i
print(list(zip(g(3), g(1))), pulled)
try:
    zip([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
