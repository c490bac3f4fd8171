# athrow() raises at the async generator's yield.
async def agen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("agen caught", e)
            yield "after ValueError"
        except KeyError:
            print("agen returns on KeyError")
            return

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return (type(e).__name__, str(e))

g = agen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("v"))))
print(step(g.__anext__()))
print(step(g.athrow(ValueError, "class and value")))
print(step(g.__anext__()))
print(step(g.athrow(KeyError)))
print(step(g.__anext__()))
g = agen()
print(step(g.__anext__()))
print(step(g.athrow(TypeError("unhandled"))))
print(step(g.__anext__()))
g = agen()
print(step(g.athrow(IndexError("before start"))))
a = g.athrow(ValueError)
print(step(a))
print(step(a))
