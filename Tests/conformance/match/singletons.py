# None, True and False patterns compare by identity; numeric literals by equality.
def f(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero-ish"
        case 1:
            return "one-ish"
        case _:
            return "other"
for v in [None, True, False, 0, 1, 0.0, 1.0, 0j, "", [], 2]:
    print(repr(v), "->", f(v))

def g(v):
    match v:
        case 1:
            return "matched 1"
        case 0:
            return "matched 0"
    return "no match"
print(g(True), g(False), g(1.0), g(-0.0))

class AlwaysEqual:
    def __eq__(self, other):
        return True
print(f(AlwaysEqual()))
match AlwaysEqual():
    case 42:
        print("value pattern uses ==")
match [None, True]:
    case [None, True]:
        print("singletons inside a sequence")
