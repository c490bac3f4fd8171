# Leaving async with by return, break or continue still awaits __aexit__.
class Tick:
    def __await__(self):
        yield

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
    async def __aexit__(self, *a):
        await Tick()
        print("exit", self.name, a[0])

async def ret():
    async with CM("ret"):
        return "returned value"

async def loop():
    for i in range(4):
        async with CM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    return "loop done"

async def nested():
    async with CM("outer"):
        async with CM("inner"):
            return "nested return"

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

print(run(ret()))
print(run(loop()))
print(run(nested()))
