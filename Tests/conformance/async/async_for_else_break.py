# async for with else, break and continue.
class AIter:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def main():
    async for x in AIter([1, 2, 3]):
        pass
    else:
        print("else after exhaustion, last", x)
    async for x in AIter([1, 2, 3]):
        if x == 2:
            print("breaking at", x)
            break
    else:
        print("not printed")
    out = []
    async for x in AIter(range(6)):
        if x % 2:
            continue
        out.append(x)
    print("continued:", out)
    async for x in AIter([]):
        print("never")
    else:
        print("empty else")
    for i in range(2):
        async for y in AIter("ab"):
            print(i, y)

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
run(main())
