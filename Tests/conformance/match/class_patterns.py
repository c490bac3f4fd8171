# Class patterns: keyword sub-patterns, positional via __match_args__, isinstance checks.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def f(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(x, y, z=zz):
            return f"3d {x} {y} {zz}"
        case Point(x=a, y=b) if a == b:
            return f"diagonal {a}"
        case Point():
            return "some point"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 3), Point3(0, 4, 1), "nope"]:
    print(f(p))

class NoArgs:
    pass
match NoArgs():
    case NoArgs():
        print("matched NoArgs()")

# keyword attribute missing -> no match
class HasA:
    a = 1
match HasA():
    case HasA(b=1):
        print("no")
    case HasA(a=1):
        print("class attribute found through instance")

# nested class patterns
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end
match Line(Point(0, 0), Point(3, 4)):
    case Line(Point(0, 0), Point(x, y)):
        print("line from origin to", x, y)

# __match_args__ inherited from a base class
class Sub(Point):
    pass
match Sub(5, 6):
    case Sub(a, b):
        print("inherited match args", a, b)
    
# a property is looked up via getattr
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        print("property accessed")
        return 9
match Prop():
    case Prop(9):
        print("property matched")

# tuple of classes is not allowed, only a class
match 3:
    case int() | str():
        print("int or str")
