# Subject forms: tuples without parentheses, starred items, walrus, calls.
def f(a, b):
    match a, b:
        case 0, 0:
            return "both zero"
        case (0, y):
            return f"a zero, b={y}"
        case [x, 0]:
            return f"b zero, a={x}"
        case _:
            return "neither"
print(f(0, 0), f(0, 3), f(4, 0), f(1, 1))

rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, *others):
        print("starred subject", others)

match (n := 10):
    case 10:
        print("walrus subject", n)

def items():
    print("items() called")
    return {"k": [1, 2]}
match items():
    case {"k": [first, *_]}:
        print("first", first)

match -5:
    case -5:
        print("negative literal")
match 2 ** 10:
    case 1024:
        print("computed subject")
x = [1, [2, [3, [4]]]]
match x:
    case [a, [b, [c, [d]]]]:
        print("deep nesting", a, b, c, d)
