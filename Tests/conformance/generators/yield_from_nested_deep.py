# Three levels of delegation: values, sends and throws reach the bottom.
def bottom():
    log = []
    while True:
        try:
            v = yield len(log)
        except IndexError:
            log.append("IndexError")
            continue
        if v == "end":
            return log
        log.append(v)

def middle():
    r = yield from bottom()
    return ["middle"] + r

def top():
    r = yield from middle()
    print("top result", r)
    return len(r)

g = top()
print(next(g))
print(g.send("a"))
print(g.throw(IndexError))
print(g.send("b"))
try:
    g.send("end")
except StopIteration as e:
    print("returned", e.value)

def countdown(n):
    if n == 0:
        return "liftoff"
    yield n
    return (yield from countdown(n - 1))

g = countdown(3)
print(list(g))
g = countdown(2)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
