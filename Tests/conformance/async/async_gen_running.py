# Only one awaitable at a time may drive an async generator.
class Tick:
    def __await__(self):
        yield "tick"

async def agen():
    await Tick()
    yield "value"

def step(aw):
    try:
        return ("yielded", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except RuntimeError as e:
        return ("RuntimeError", str(e))

g = agen()
first = g.__anext__()
print(step(first))
second = g.__anext__()
print(step(second))
print(step(g.athrow(ValueError)))
print(step(g.aclose()))
print(step(first))
third = g.__anext__()
print(step(third))
print(step(third))
