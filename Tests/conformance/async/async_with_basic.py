# async with: __aenter__ and __aexit__ are awaited.
class Tick:
    def __await__(self):
        yield "tick"

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t)
        await Tick()
        return False

async def main():
    async with Resource("a") as a:
        print("body with", a)
    async with Resource("x") as x, Resource("y") as y:
        print("two managers", x, y)
    async with Resource("plain"):
        print("no target")
    return "done"

def run(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n

print(run(main()))
