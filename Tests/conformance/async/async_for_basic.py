# async for over a class with __aiter__/__anext__.
class Tick:
    def __await__(self):
        yield "tick"

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        self.i = 0
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    total = 0
    async for x in ARange(4):
        print("item", x)
        total += x
    async for a, b in PairIter():
        print("pair", a, b)
    return total

class PairIter:
    def __init__(self):
        self.items = [(1, "one"), (2, "two")]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

def run(c):
    ticks = 0
    try:
        while True:
            c.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

print(run(main()))
