# What await accepts: awaitables only.
class NoAwait:
    pass

class BadAwait:
    def __await__(self):
        return 42

class CoroAwait:
    def __await__(self):
        self.coro = helper()
        return self.coro

class ListAwait:
    def __await__(self):
        return iter([1, 2])

async def helper():
    return "h"

def gen():
    yield 1

async def try_await(obj):
    try:
        r = await obj
        print("awaited", type(obj).__name__, "->", r)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)

def run(c):
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration:
        return out

for o in [NoAwait(), BadAwait(), CoroAwait(), ListAwait(), 5, "s", None, gen()]:
    print("yielded:", run(try_await(o)))
    if isinstance(o, CoroAwait):
        o.coro.close()
