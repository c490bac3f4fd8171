# Exceptions thrown into an async generator while it awaits (not at a yield).
class Tick:
    def __await__(self):
        try:
            yield "tick"
        except KeyError:
            print("Tick saw KeyError")
            yield "tick-after-keyerror"
def drive(aw, throw=None):
    out = []
    try:
        out.append(aw.send(None))
        if throw:
            out.append(aw.throw(throw))
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(("SI", e.value))
    except StopAsyncIteration:
        out.append("SAI")
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out
async def ag():
    try:
        await Tick()
        yield "v1"
        await Tick()
        yield "v2"
    finally:
        print("ag finally")
g = ag()
print(drive(g.__anext__(), throw=KeyError))
print(drive(g.__anext__(), throw=ValueError("mid-await")))
print(drive(g.__anext__()))
g = ag()
a = g.__anext__()
print(a.send(None))
print(drive(g.aclose()))
print(a.send(None) if False else "skip")
# aclose while suspended at await: awaitable in ITER state
g = ag()
a = g.__anext__(); a.send(None)
c = g.aclose()
print(drive(c))
print(drive(a))
# coroutine: throw into awaiting Tick, caught by Tick
async def co():
    r = await Tick()
    return r
c = co(); print(c.send(None)); print(c.throw(KeyError))
try:
    c.send("x")
except StopIteration as e: print("co ->", e.value)
