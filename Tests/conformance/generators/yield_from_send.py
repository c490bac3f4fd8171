# send() passes through yield from to the innermost generator.
def inner():
    got = []
    while len(got) < 3:
        x = yield f"inner has {len(got)}"
        got.append(x)
    return got

def middle():
    res = yield from inner()
    print("middle got", res)
    y = yield "middle own"
    print("middle own got", y)
    return "m"

def outer():
    r = yield from middle()
    print("outer got", r)

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("d")
except StopIteration:
    print("stop")

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("it done")
        return self.i

def over_iterator():
    r = yield from It()
    print("iterator result", r)
g = over_iterator()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
