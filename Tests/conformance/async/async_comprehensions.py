# Async comprehensions: async for and await inside list/set/dict comprehensions.
class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(6)})
    print({x: x * x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in agen(2)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    return "ok"

def run(c):
    ticks = 0
    while True:
        try:
            c.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))
