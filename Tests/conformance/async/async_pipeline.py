# Async generators feeding each other.
class Tick:
    def __await__(self):
        yield "tick"

async def numbers(n):
    for i in range(n):
        await Tick()
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def running_total(src):
    total = 0
    async for x in src:
        total += x
        yield total

async def take(src, n):
    out = []
    async for x in src:
        out.append(x)
        if len(out) == n:
            break
    return out

async def main():
    print(await take(running_total(squares(numbers(10))), 5))
    print([x async for x in squares(numbers(4))])
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
