# Closing suspended coroutines.
class Tick:
    def __await__(self):
        yield "tick"

async def worker():
    try:
        await Tick()
        print("not reached")
    finally:
        print("worker finally")

async def stubborn():
    try:
        await Tick()
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
        await Tick()

async def outer():
    try:
        await worker()
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
c.close()
print("closed", c.cr_frame)
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c = worker()
c.close()
print("unstarted coroutine closed quietly")
c = worker()
c.send(None)
del c
print("after del")
