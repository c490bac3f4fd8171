# async def functions return coroutines; await chains them; a hand loop drives them.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("sleep", self.tag)
        return got

async def leaf(x):
    r = await Sleep(x)
    return f"leaf({x}) resumed with {r}"

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]

async def no_await():
    return 42

def run(coro):
    value = None
    step = 0
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        step += 1
        print("loop step", step, "got", y)
        value = f"v{step}"

c = middle()
print(type(c).__name__)
print(run(c))
print(run(no_await()))

async def returns_tuple():
    return (1, 2)
print(run(returns_tuple()))
async def returns_none():
    await Sleep("x")
print(run(returns_none()))
