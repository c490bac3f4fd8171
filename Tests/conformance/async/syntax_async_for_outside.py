# async for needs an async function.
def f(ait):
    async for x in ait:
        pass
print("not reached")
