# StopIteration or StopAsyncIteration raised inside an async generator is a RuntimeError.
async def raises_stop():
    yield 1
    raise StopIteration("x")

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("y")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except RuntimeError as e:
        return ("RuntimeError", str(e), type(e.__cause__).__name__)

for f in [raises_stop, raises_stop_async]:
    g = f()
    print(drive(g.__anext__()))
    print(drive(g.__anext__()))
    print(drive(g.__anext__()))

async def returns_early(flag):
    if flag:
        return
    yield "x"
print(drive(returns_early(True).__anext__()))
print(drive(returns_early(False).__anext__()))
