# Literal patterns: numbers, strings, bytes, None/True/False, negative and complex literals.
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2 + 3j:
            return "complex"
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"

for v in [0, 1, 2, 3, -1, 1.5, -2 + 3j, "hello", "ab", b"raw", None, True, False, 0.0, 1.0, 4, "x", b"x", [], (0,)]:
    print(repr(v), "->", classify(v))

# True matches by identity, so 1 is not True and 0 is not False
match 1:
    case True:
        print("1 matched True")
    case _:
        print("1 did not match True")
match 1.0:
    case 1:
        print("1.0 matched 1 by equality")

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return other == 42
match Eq():
    case 42:
        print("custom eq matched 42")
    case _:
        print("no")
