# Coroutine object names and cr_* attributes.
class Yield:
    def __await__(self):
        yield "y"

async def outer():
    await inner()

async def inner():
    print("inner running:", c.cr_running)
    await Yield()

class K:
    async def meth(self):
        pass

def head(o):
    r = repr(o)
    return r[:r.index(" at 0x")] + ">"

c = outer()
print(head(c), c.__name__, c.__qualname__)
m = K().meth()
print(head(m), m.__qualname__)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
print(c.cr_code.co_name, c.cr_frame is not None)
print(c.send(None))
aw = c.cr_await
print(type(aw).__name__, aw.__name__, aw.cr_running)
print(type(aw.cr_await).__name__)
print(c.cr_suspended)
try:
    c.send(None)
except StopIteration:
    print("finished")
print(c.cr_frame, c.cr_await, c.cr_suspended)
m.close()
print(outer.__code__.co_flags & 0x80 != 0, outer.__code__.co_flags & 0x20 != 0)
