# Async comprehensions nested in other comprehensions make those asynchronous too.
async def ag(n):
    for i in range(n):
        yield i
async def main():
    a = [[x async for x in ag(k)] for k in range(3)]
    b = [x for x in [y async for y in ag(3)]]
    c = {k: [v async for v in ag(k)] for k in range(2)}
    g = ([x async for x in ag(k)] for k in range(2))
    print(type(g).__name__)
    d = [v async for v in g]
    return a, b, c, d
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
