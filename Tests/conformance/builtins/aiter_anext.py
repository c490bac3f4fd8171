# aiter() and anext() on an async generator, driven by hand without an event loop.
async def agen():
    yield 1
    yield 2
def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
ai = aiter(agen())
print(type(ai).__name__)
print(drive(anext(ai)))
print(drive(anext(ai)))
try:
    drive(anext(ai))
except StopAsyncIteration as e:
    print(type(e).__name__)
print(drive(anext(ai, "default")))
async def use():
    out = []
    async for v in aiter(agen()):
        out.append(v)
    return out
print(drive(use()))
class AI:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 10
x = AI()
print(aiter(x) is x, drive(anext(x)), drive(anext(x)))
try:
    aiter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext(5)
except TypeError as e:
    print(type(e).__name__, e)
