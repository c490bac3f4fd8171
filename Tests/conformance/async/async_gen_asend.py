# asend() sends a value into the async generator.
async def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    print("accumulate finished")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = accumulate()
print(step(g.asend(None)))
print(step(g.asend(5)))
print(step(g.asend(10)))
print(step(g.__anext__()))
print(step(g.asend(1)))

g = accumulate()
try:
    g.asend(7).send(None)
except TypeError as e:
    print("TypeError:", e)

async def main():
    ag = accumulate()
    print("via await:", await ag.asend(None), await ag.asend(3), await ag.asend(4))
    try:
        await ag.asend(None)
    except StopAsyncIteration:
        print("ended")
print(step(main()))
