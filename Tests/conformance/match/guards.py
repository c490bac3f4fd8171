# Guards: evaluated after the pattern binds; a failing guard moves to the next case.
log = []
def check(tag, result):
    log.append(tag)
    return result

def f(x):
    match x:
        case [a, b] if check("sum", a + b == 10):
            return "sum ten"
        case [a, b] if check("eq", a == b):
            return "equal"
        case [a, *_] if a < 0:
            return "starts negative"
        case int(n) if n % 2 == 0:
            return "even"
        case int(n):
            return "odd"
        case _ if check("wild", True):
            return "default"

for v in [[3, 7], [4, 4], [1, 2], [-1, 0, 0], 4, 5, "s"]:
    log.clear()
    print(repr(v), "->", f(v), log)

# captures made before a failing guard remain bound
match (1, 2):
    case (p, q) if p > q:
        print("no")
    case _:
        print("p, q after failed guard:", p, q)

# guard exceptions propagate
try:
    match 1:
        case n if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)

# walrus in guard
match [1, 2, 3]:
    case [*items] if (total := sum(items)) > 5:
        print("total", total)
