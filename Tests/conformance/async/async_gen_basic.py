# Async generators: yield inside async def, consumed with async for.
class Tick:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield ("tick", self.tag)

async def agen(n):
    print("agen start")
    for i in range(n):
        await Tick(i)
        yield i * 10
    print("agen end")

async def main():
    async for v in agen(3):
        print("value", v)
    return "main done"

def run(c):
    while True:
        try:
            y = c.send(None)
        except StopIteration as e:
            return e.value
        print("loop got", y)

print(run(main()))
g = agen(1)
print(type(g).__name__, g.__aiter__() is g)
