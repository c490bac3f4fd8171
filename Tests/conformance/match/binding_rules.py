# Names are bound only when the whole pattern (before the guard) succeeds.
def first_fails():
    match [1, 2]:
        case [x, 0]:
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(first_fails())

def or_binding():
    match (2, "b"):
        case (1, name) | (2, name):
            return name
print(or_binding())

def guard_binding():
    match 5:
        case n if n > 10:
            return "big"
        case _:
            return f"n still bound after failed guard: {n}"
print(guard_binding())

def capture_all():
    match {"a": 1, "b": [2, 3], "c": (4,)}:
        case {"a": a, "b": [b1, b2], "c": (c,)}:
            return a, b1, b2, c
print(capture_all())

def rebinding():
    x = "before"
    match 99:
        case x:
            pass
    return x
print(rebinding())

# globals in match at module level
match (7, 8):
    case (gx, gy):
        pass
print(gx, gy, "gx" in globals())

def uses_global():
    global gz
    match 3:
        case gz:
            pass
uses_global()
print(gz)
