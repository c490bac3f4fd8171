# Match inside functions, classes, loops, with break/continue/return, nested matches.
def classify_all(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n > 100:
                return out + ["big"]
            case [*xs]:
                match len(xs):
                    case 0:
                        out.append("empty")
                    case n:
                        out.append(f"list{n}")
            case _:
                out.append(it)
    else:
        out.append("completed")
    return out

print(classify_all([1, "skip", [], [1, 2], "x"]))
print(classify_all([1, "stop", 2]))
print(classify_all([1, 101, 2]))

class C:
    match 3:
        case 3:
            attr = "three"
        case _:
            attr = "other"
print(C.attr)

# captured names in closures
def outer(v):
    match v:
        case (a, b):
            return lambda: a * b
print(outer((6, 7))())

# match in a comprehension helper and in a generator
def gen(vals):
    for v in vals:
        match v:
            case {"x": x}:
                yield x
print(list(gen([{"x": 1}, {"y": 2}, {"x": 3}])))

# match is a soft keyword
match = [1, 2]
case = 3
print(match, case)
match match:
    case [1, case]:
        print("soft keywords as names", case)
