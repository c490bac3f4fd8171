# Or-patterns nested inside sequences, mappings and classes, with captures in different orders.
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

def f(v):
    match v:
        case [("x" | "y") as first, *rest] | {"first": first, "rest": rest}:
            return f"first={first} rest={rest}"
        case P(a=1, b=b) | P(a=b, b=1):
            return f"P with a one, other={b}"
        case (int(n), str(s)) | (str(s), int(n)):
            return f"int {n} and str {s}"
        case [[a, b] | (a, b, _), c]:
            return f"a={a} b={b} c={c}"
        case _:
            return "no match"

for v in [["x", 1, 2], ["z"], {"first": "f", "rest": []}, P(1, 5), P(7, 1), P(2, 2),
          (3, "s"), ("t", 4), [[1, 2], 3], [(1, 2, 9), 3], [(1,), 3]]:
    print(repr(v) if not isinstance(v, P) else f"P({v.a},{v.b})", "->", f(v))

def g(v):
    match v:
        case [1, x, 3] | [x, 2, 3] | [1, 2, x]:
            return x
    return None
print(g([1, 9, 3]), g([8, 2, 3]), g([1, 2, 7]), g([1, 2, 3]), g([0, 0, 0]))

def h(v):
    match v:
        case (a, b) | [b, a, _]:
            return a, b
print(h((1, 2)), h([1, 2, 3]))

def many(v):
    match v:
        case 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8:
            return "small"
        case "a" | "b" | None | True:
            return "other literal"
    return "none"
print([many(x) for x in [1, 8, 9, "a", None, True, False]])
