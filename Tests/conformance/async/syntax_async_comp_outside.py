# Async comprehensions need an async function around them.
def f(ait):
    return [x async for x in ait]
print("not reached")
