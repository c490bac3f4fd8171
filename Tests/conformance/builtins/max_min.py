# max() and min(): iterables, several args, key, default, ties and errors.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 7, 2), min("b", "a", "c"))
print(max("hello"), min((2.5, 1, 3)))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(1, 2, key=None), max([1, 2], key=None, default=0))
print(max(iter([4, 9, 2])), min(x * x for x in range(-3, 3)))
for f in (max, min):
    try:
        f([])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f(1, 2, default=0)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f([1, "a"])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f([1], bogus=1)
    except TypeError as e:
        print(type(e).__name__, e)
