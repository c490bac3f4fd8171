# The awaitables of an async generator are single-use.
async def agen():
    yield 1
    yield 2

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except (RuntimeError, ValueError) as e:
        return (type(e).__name__, str(e))

g = agen()
a = g.__anext__()
print(step(a))
print(step(a))
s = g.asend(None)
print(step(s))
print(step(s))
t = g.athrow(ValueError)
print(step(t))
print(step(t))
c = g.aclose()
print(step(c))
print(step(c))
a = agen().__anext__()
a.close()
print(step(a))
