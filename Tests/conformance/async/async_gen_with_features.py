# An async generator using async with, await in comprehensions and try/finally.
class Tick:
    def __await__(self):
        yield "tick"

class Session:
    async def __aenter__(self):
        print("session open")
        await Tick()
        return self
    async def __aexit__(self, t, v, tb):
        print("session close", t.__name__ if t else None)
        await Tick()

async def fetch(i):
    await Tick()
    return f"row{i}"

async def rows(n):
    async with Session():
        try:
            batch = [await fetch(i) for i in range(n)]
            for r in batch:
                yield r
        finally:
            print("rows finally")

async def main():
    async for r in rows(3):
        print(r)
    gen = rows(5)
    async for r in gen:
        print("first only:", r)
        break
    await gen.aclose()
    return "done"

def run(c):
    ticks = 0
    while True:
        try:
            c.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))
