# Async generator object names and ag_* attributes.
class Tick:
    def __await__(self):
        yield "t"

async def agen():
    print("inside ag_running:", g.ag_running)
    await Tick()
    yield 1

def head(o):
    r = repr(o)
    return r[:r.index(" at 0x")] + ">"

g = agen()
print(head(g), g.__name__, g.__qualname__)
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
a = g.__anext__()
print(head(a))
print(a.send(None))
print("between:", g.ag_running, type(g.ag_await).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running, g.ag_await)
print(head(g.athrow(ValueError)), head(g.aclose()), head(g.asend(None)))
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "__anext__"), hasattr(g, "asend"))
print(agen.__code__.co_flags & 0x200 != 0)
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)
