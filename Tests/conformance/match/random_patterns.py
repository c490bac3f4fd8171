# Random-but-deterministic patterns matched against a set of subjects.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return (seed >> 8) % n

names = ["a", "b", "c", "d"]
def gen(depth):
    k = rnd(10 if depth < 3 else 4)
    if k == 0:
        return str(rnd(3))
    if k == 1:
        return names[rnd(4)]
    if k == 2:
        return "_"
    if k == 3:
        return ["'s'", "None", "True", "-1", "2.0"][rnd(5)]
    if k == 4:
        items = [gen(depth + 1) for _ in range(rnd(3))]
        if rnd(2):
            items.insert(rnd(len(items) + 1), "*" + ["r", "_"][rnd(2)])
        return "[" + ", ".join(items) + "]" if rnd(2) else "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if k == 5:
        items = [f"{['0', '1', repr('k')][rnd(3)]}: {gen(depth + 1)}" for _ in range(rnd(3))]
        if rnd(3) == 0:
            items.append("**m")
        return "{" + ", ".join(items) + "}"
    if k == 6:
        pos = [gen(depth + 1) for _ in range(rnd(3))]
        kw = [f"{n}={gen(depth + 1)}" for n in ["x", "y"][:rnd(3)]]
        return "Point(" + ", ".join(pos + kw) + ")"
    if k == 7:
        return gen(depth + 1) + " | " + gen(depth + 1)
    if k == 8:
        return "(" + gen(depth + 1) + ") as " + names[rnd(4)]
    return "int(" + ("" if rnd(2) else names[rnd(4)]) + ")"

subjects = [0, 1, 2, "s", None, True, -1, 2.0, [], [0], [1, 2], (0, 1, 2), ["s", [1]], {0: 1}, {"k": [0]},
            {0: 0, 1: 1, "k": 2}, Point(0, 1), Point([1], {"k": 0}), [Point(1, 2), 0], (None, True, -1)]
for i in range(600):
    pat = gen(0)
    src = ("def f(s):\n    match s:\n        case " + pat + ":\n"
           "            return 'hit', {k: v for k, v in locals().items() if k in 'abcdrm'}\n"
           "        case _:\n            return 'miss'\n")
    try:
        ns = {"Point": Point}
        exec(compile(src, "<pattern>", "exec"), ns)
    except SyntaxError as e:
        print(i, pat, "-> SyntaxError:", e.msg)
        continue
    out = []
    for s in subjects:
        try:
            r = ns["f"](s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        out.append(r if r == "miss" else repr(r))
    print(i, pat, "->", " ".join(str(o) for o in out))
