# match inside closures, recursion, generators, lambdas (via helper) and methods.
def flatten(tree):
    match tree:
        case []:
            return []
        case [first, *rest]:
            return flatten(first) + flatten(rest)
        case leaf:
            return [leaf]
print(flatten([1, [2, [3, 4]], [], [[5]]]))

def counter():
    counts = {}
    def feed(event):
        match event:
            case {"type": kind}:
                counts[kind] = counts.get(kind, 0) + 1
            case str(kind):
                counts[kind] = counts.get(kind, 0) + 1
        return counts
    return feed
feed = counter()
for ev in [{"type": "click"}, "key", {"type": "click", "x": 1}, 5]:
    feed(ev)
print(sorted(feed(None).items()))

class Shape:
    def area(self):
        match self:
            case Square(side=s):
                return s * s
            case Rect(w=w, h=h):
                return w * h
            case _:
                return 0
class Square(Shape):
    def __init__(self, side):
        self.side = side
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Square(3).area(), Rect(2, 5).area(), Shape().area())

def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/" as op:
                yield ("op", op)
            case w if w.isdigit():
                yield ("num", int(w))
            case w:
                yield ("name", w)
print(list(tokens("x + 12 * y")))

def fib(n):
    match n:
        case 0 | 1:
            return n
        case _:
            return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])
