# aclose() runs finally blocks (which may await) and ends the generator.
class Tick:
    def __await__(self):
        yield "tick in cleanup"

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
        await Tick()
        print("cleanup done", name)

def drive(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(("StopIteration", e.value))
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    except RuntimeError as e:
        out.append(("RuntimeError", str(e)))
    return out

g = agen("a")
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(drive(g.aclose()))

g = agen("unstarted")
print(drive(g.aclose()))
print(drive(g.__anext__()))

a = agen("reuse").aclose()
print(drive(a))
print(drive(a))

async def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit in async generator")
        raise
g = catches()
drive(g.__anext__())
print(drive(g.aclose()))
