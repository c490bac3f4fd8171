# Value patterns: dotted names compare by ==.
class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Color." + self.name

class Color:
    RED = Tag("RED")
    GREEN = Tag("GREEN")
    BLUE = Tag("BLUE")

class Consts:
    ANSWER = 42
    NAME = "swallow"
    class Inner:
        DEEP = "deep"

def f(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.ANSWER:
            return "the answer"
        case Consts.NAME:
            return "name"
        case Consts.Inner.DEEP:
            return "deep"
        case _:
            return "unknown"

for v in [Color.RED, Color.GREEN, Color.BLUE, 42, 42.0, "swallow", "deep", 1]:
    print(v, "->", f(v))

# lookup happens at match time
Consts.ANSWER = 7
print(f(7), f(42))
