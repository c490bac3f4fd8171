# Sequence patterns: lists, tuples, star captures, nesting; str/bytes are not sequences.

def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case (a, b, c):
            return f"three: {a!r} {b!r} {c!r}"
        case [first, *rest] if len(rest) > 5:
            return f"long, first {first!r} rest {rest!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4], list(range(8)),
          "ab", b"ab", bytearray(b"ab"), "a", {1: 2}, {1, 2}, 5, range(3), range(2), range(10)]:
    print(repr(v), "->", f(v))

def g(x):
    match x:
        case [1, [2, *inner], *_]:
            return ("nested", inner)
        case [*_, 9]:
            return "ends with 9"
        case [*all_items]:
            return ("all", all_items)
print(g([1, [2, 3, 4], 5]))
print(g([1, [2], 5]))
print(g((8, 9)))
print(g((8, 7)))
print(g([]))
print(type(g((1, 2))[1]).__name__)

def h(x):
    match x:
        case (1, 2) | [3, 4]:
            return "either"
        case ():
            return "empty tuple pattern"
    return "none"
print(h([1, 2]), h((3, 4)), h([]), h(()), h([5]))
