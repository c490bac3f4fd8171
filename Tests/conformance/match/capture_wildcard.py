# Capture patterns bind names; the wildcard binds nothing.
def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"captured {other!r}"

print(f(1), f(2), f("s"))

match 5:
    case _:
        print("wildcard matched")
try:
    _
except NameError as e:
    print("NameError", e)

match [1, 2]:
    case [a, b]:
        print("a b", a, b)
print("still bound after match:", a, b)

# a capture in a failed case may still bind (implementation detail) so only check success
def g(v):
    match v:
        case (x, 0):
            return ("zero y", x)
        case (0, y):
            return ("zero x", y)
        case z:
            return ("other", z)
for v in [(3, 0), (0, 4), (1, 1), "s"]:
    print(g(v))

# match subject evaluated once
calls = []
def subject():
    calls.append(1)
    return 3
match subject():
    case 1: print("1")
    case 2: print("2")
    case 3: print("3")
print("subject evaluated", len(calls), "time(s)")
# no case matches: nothing happens
match 10:
    case 1:
        print("unreachable")
print("after no-match")
