# yield from is not allowed in async functions.
async def f():
    yield from [1, 2]
print("not reached")
