# coroutine.__await__() gives an iterator that drives the coroutine.
class Step:
    def __await__(self):
        v = yield "step"
        return v

async def coro():
    a = await Step()
    b = await Step()
    return a + b

c = coro()
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print("result", e.value)

class Delegating:
    def __await__(self):
        return coro().__await__()

async def main():
    return await Delegating()

m = main()
print(m.send(None), m.send(10))
try:
    m.send(20)
except StopIteration as e:
    print("delegated result", e.value)

def gen_over_wrapper():
    r = yield from coro().__await__()
    return r
g = gen_over_wrapper()
print(next(g), g.send(3))
try:
    g.send(4)
except StopIteration as e:
    print("generator result", e.value)
c2 = coro()
w2 = c2.__await__()
next(w2)
try:
    w2.throw(ValueError("via wrapper"))
except ValueError as e:
    print("ValueError", e)
w3 = coro().__await__()
next(w3)
w3.close()
print("closed wrapper")
