# async for over objects that do not support it.
class NoANext:
    def __aiter__(self):
        return self

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

class RaisesInside:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from __anext__")

async def use(obj):
    async for x in obj:
        print("got", x)

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for o in [[1, 2], 5, NoANext(), BadANext(), RaisesInside()]:
    run(use(o))
