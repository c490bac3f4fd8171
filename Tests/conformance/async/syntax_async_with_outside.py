# async with needs an async function.
def f(cm):
    async with cm:
        pass
print("not reached")
