# Assorted async behaviours: awaitables from __aenter__/__aexit__, asend/athrow values, await precedence.
import sys
class Tick:
    def __await__(self):
        yield "t"
def run(c):
    out = []
    while True:
        try: out.append(c.send(None))
        except StopIteration as e: return e.value, out
# 1 await on an object whose __await__ is async def -> returns coroutine
class Bad:
    async def __await__(self):
        return 1
async def m1():
    try:
        await Bad()
    except TypeError as e:
        print("T", e)
run(m1())
# 2 __aiter__ async def
class AI:
    async def __aiter__(self):
        return self
async def m2():
    try:
        async for x in AI(): pass
    except TypeError as e:
        print("T", e)
c = m2()
run(c)
# 3 async gen with return in middle of async for
async def ag():
    yield 1
    yield 2
async def m3():
    async for x in ag():
        return x
print(run(m3()))
# 4 await in finally of async gen during aclose via async for break
async def ag2():
    try:
        yield 1
        yield 2
    finally:
        await Tick()
        print("ag2 cleaned")
async def m4():
    g = ag2()
    async for x in g:
        break
    await g.aclose()
    return "m4"
print(run(m4()))
# 5 nested coroutines exceptions with context
async def inner():
    raise ValueError("in")
async def m5():
    try:
        await inner()
    except ValueError as e:
        return repr(e)
print(run(m5()))
# 6 async with return value from __aenter__ awaited generator-based
class AW:
    def __await__(self):
        x = yield "aw"
        return "aw-result"
class CM:
    def __aenter__(self): return AW()
    def __aexit__(self, *a): return AW()
async def m6():
    async with CM() as v:
        print("v", v)
print(run(m6()))
# 7 coroutine qualname and repr in nested
def outer():
    async def inner2(): pass
    return inner2()
c = outer(); print(c.__qualname__); c.close()
# 8 asend on not-started with value
async def echo():
    x = yield "first"
    print("echo got", x)
    yield x
g = echo()
print(run(g.asend(None)))
try:
    g.asend("hello").send(None)
except StopIteration as e: print("asend val", e.value)
# 9 athrow where gen yields value after catching (value returned)
async def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"
g = catcher()
run(g.__anext__())
try:
    g.athrow(KeyError).send(None)
except StopIteration as e: print("athrow val", e.value)
# 10 await expression precedence
async def num(): return 3
async def m10():
    return await num() ** 2, -await num(), [await num()][0]
print(run(m10()))
