# Coroutines and plain generators do not mix.
async def coro():
    return 1

def gen():
    yield from coro_obj

coro_obj = coro()
try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)
coro_obj.close()

def plain():
    yield 1

async def awaits_generator():
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)
c = awaits_generator()
try:
    c.send(None)
except StopIteration:
    print("coroutine finished")

async def agen():
    yield 1
def gen2():
    yield from agen()
try:
    next(gen2())
except TypeError as e:
    print("TypeError:", e)
