# athrow/aclose at every suspension point of an async generator with awaits in its handlers.
log = []
class Tick:
    def __await__(self):
        yield "tick"
class ACM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        log.append(f"aenter{self.n}")
        await Tick()
        return self
    async def __aexit__(self, t, v, tb):
        await Tick()
        log.append(f"aexit{self.n}:{t.__name__ if t else None}")
        return t is KeyError
async def agen():
    for i in range(2):
        async with ACM(i):
            try:
                yield f"a{i}"
                await Tick()
                yield f"b{i}"
            except ValueError:
                log.append(f"VE{i}")
                await Tick()
                yield f"ve{i}"
            finally:
                log.append(f"fin{i}")
                await Tick()
def drive(aw):
    ticks = 0
    try:
        while True:
            aw.send(None)
            ticks += 1
    except StopIteration as e:
        return ("value", e.value, ticks)
    except StopAsyncIteration:
        return ("StopAsyncIteration", ticks)
    except Exception as e:
        return (type(e).__name__, str(e), ticks)
for k in range(6):
    for action in ["aclose", "ValueError", "KeyError", "TypeError"]:
        log.clear()
        g = agen()
        out = [drive(g.__anext__()) for _ in range(k)]
        if action == "aclose":
            out.append(drive(g.aclose()))
        else:
            out.append(drive(g.athrow({"ValueError": ValueError, "KeyError": KeyError, "TypeError": TypeError}[action])))
        out.append(drive(g.__anext__()))
        print(k, action, out, log)
