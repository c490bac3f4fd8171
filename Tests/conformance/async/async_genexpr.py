# Async generator expressions produce async generators.
class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    return x * 2

async def main():
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    async for v in g:
        print("value", v)
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__)
    print([v async for v in g2])
    return "done"

def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))

def not_async():
    return (x async for x in agen(2))
g = not_async()
print(type(g).__name__, g.__name__)
print(run(g.__anext__()) if False else "created without running")
