# sys.set_asyncgen_hooks: firstiter on first use, finalizer instead of closing when collected.
import sys
print(sys.get_asyncgen_hooks())
for args, kw in [((5,), {}), ((None, 6), {}), ((), {"foo": 1}), ((1, 2, 3), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(sys.get_asyncgen_hooks())

seen = []
def firstiter(agen):
    print("firstiter", agen.__qualname__)
    seen.append(agen)

finalized = []
def finalizer(agen):
    print("finalizer called for", agen.__qualname__)
    finalized.append(agen)

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, len(h), h[0] is firstiter)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = agen()
print("created, no hook yet")
print(step(g.__anext__()))
print(step(g.__anext__()))
seen.clear()
del g
print("after del; finalizer got:", len(finalized))
ag = finalized.pop()
print(step(ag.aclose()))
del ag
print("closed by the finalizer's owner")

g2 = agen()
step(g2.__anext__())
step(g2.aclose())
seen.clear()
del g2
print("closed generator: finalizer not called:", len(finalized))

sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
g3 = agen()
step(g3.__anext__())
del g3
print("without hooks the generator is closed directly")
def bad_firstiter(agen):
    raise ValueError("firstiter failed")
sys.set_asyncgen_hooks(firstiter=bad_firstiter)
try:
    agen().__anext__()
except ValueError as e:
    print("ValueError:", e)
sys.set_asyncgen_hooks(firstiter=None)
