# One coroutine awaited from two places.
class Tick:
    def __await__(self):
        yield "t"
async def inner():
    await Tick()
    return "inner done"
shared = inner()
async def first():
    return await shared
async def second():
    try:
        return await shared
    except RuntimeError as e:
        return "second: " + str(e)
a = first()
print(a.send(None))
b = second()
try:
    b.send(None)
except StopIteration as e:
    print(e.value)
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
w = shared.__await__()
try:
    next(w)
except RuntimeError as e:
    print("wrapper on finished:", e)
