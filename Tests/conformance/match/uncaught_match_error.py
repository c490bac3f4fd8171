# A TypeError raised while matching a class pattern propagates to the top level.
class Point:
    __match_args__ = ("x",)
    x = 1
def where(p):
    match p:
        case Point(1, 2):
            return "never"
print("start")
where(Point())
