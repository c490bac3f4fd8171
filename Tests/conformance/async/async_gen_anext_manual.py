# Driving __anext__() awaitables by hand.
class Tick:
    def __await__(self):
        yield "tick"

async def agen():
    yield "first"
    await Tick()
    yield "second"

g = agen()
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("anext 1 ->", e.value)
a = g.__anext__()
print("passes through await:", a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("anext 2 ->", e.value)
a = g.__anext__()
try:
    a.send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
a = g.__anext__()
try:
    a.send(None)
except StopAsyncIteration:
    print("still exhausted")

async def yields_none():
    yield
a = yields_none().__anext__()
try:
    next(a)
except StopIteration as e:
    print("yielded None ->", e.value, e.args)
async def yields_tuple():
    yield (1, 2)
try:
    yields_tuple().__anext__().send(None)
except StopIteration as e:
    print("tuple value ->", e.value)
