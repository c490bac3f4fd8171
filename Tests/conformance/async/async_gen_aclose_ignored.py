# An async generator that yields while being closed.
async def stubborn():
    try:
        yield 1
    finally:
        yield "in finally"

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("StopIteration", e.value)
    except RuntimeError as e:
        return ("RuntimeError", str(e))
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = stubborn()
print(drive(g.__anext__()))
print(drive(g.aclose()))

async def swallow_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
g = swallow_exit()
drive(g.__anext__())
print(drive(g.aclose()))
print(drive(g.aclose()))
