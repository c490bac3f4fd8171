# The builtins aiter() and anext().
async def agen():
    yield "a"
    yield "b"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = agen()
print(aiter(g) is g)
print(step(anext(g)))
print(step(anext(g, "default")))
print(step(anext(g, "default")))
print(step(anext(g)))

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

c = Counter()
print(aiter(c) is c)
print(step(anext(c)), step(anext(c)), step(anext(c, -1)))
for bad in [[1], 5]:
    try:
        aiter(bad)
    except TypeError as e:
        print("aiter TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("anext TypeError:", e)

async def main():
    ag = agen()
    x = await anext(ag)
    y = await anext(ag)
    z = await anext(ag, "exhausted")
    return x, y, z
print(step(main()))
