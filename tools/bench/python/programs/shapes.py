"""Class and method workload: small value classes with operator overloading, properties,
inheritance with super(), virtual dispatch and instance attribute traffic."""
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, origin):
        self.origin = origin
        self.moves = 0

    def move(self, delta):
        self.origin = self.origin + delta
        self.moves += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.kind() + ":" + str(round(self.area(), 2))


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def kind(self):
        return "rect"


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    @property
    def side(self):
        return self.w

    def kind(self):
        return "square"


class Circle(Shape):
    def __init__(self, origin, r):
        super().__init__(origin)
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def kind(self):
        return "circle"


def main(n):
    shapes = []
    for i in range(100):
        o = Vec(i, -i)
        if i % 3 == 0:
            shapes.append(Rect(o, i % 7 + 1, i % 5 + 1))
        elif i % 3 == 1:
            shapes.append(Square(o, i % 4 + 1))
        else:
            shapes.append(Circle(o, i % 6 + 1))
    step = Vec(1, 2)
    total = 0.0
    for r in range(n):
        for s in shapes:
            s.move(step * (r % 3))
            total += s.area()
    sides = sum(s.side for s in shapes if isinstance(s, Square))
    print(round(total, 3), sides, shapes[5].origin.dot(step), shapes[7].describe())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
