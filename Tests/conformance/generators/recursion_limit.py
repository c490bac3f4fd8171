# Unbounded delegation hits the recursion limit as a RecursionError.
def r(n):
    yield n
    yield from r(n + 1)
try:
    for x in r(0):
        pass
except RecursionError as e:
    print("RecursionError", x > 900)
async def c(n):
    return await c(n + 1)
try:
    c(0).send(None)
except RecursionError as e:
    print("RecursionError coro")
def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)
print(list(deep(500)))
