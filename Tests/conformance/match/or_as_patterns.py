# Or-patterns and as-patterns.
def f(x):
    match x:
        case 1 | 2 as n:
            return f"1-or-2 as {n}"
        case [1, _] | [_, 1] as pair:
            return f"pair with a one: {pair}"
        case (("a" | "b") as letter, ("x" | "y") as other):
            return f"letters {letter}{other}"
        case {"k": (int() | float()) as num}:
            return f"number {num!r}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case _ as anything:
            return f"anything {anything!r}"

for v in [1, 2, [1, 5], [5, 1], ("a", "y"), ("b", "x"), {"k": 3}, {"k": 2.5}, {"k": "s"},
          [7, 8], (7, 8, 9), "longer", "abc", None]:
    print(repr(v), "->", f(v))

# or-pattern alternatives bind the same names in different orders
def g(v):
    match v:
        case (a, b, 0) | (b, a, 1):
            return a, b
print(g((1, 2, 0)), g((1, 2, 1)), g((1, 2, 2)))

# nested as
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
