# Exception chaining across await boundaries.
class Tick:
    def __await__(self):
        yield

async def inner():
    await Tick()
    raise ValueError("inner failure")

async def middle():
    try:
        await inner()
    except ValueError as e:
        raise KeyError("middle") from e

async def implicit():
    try:
        await inner()
    except ValueError:
        await Tick()
        raise TypeError("while handling")

def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value

try:
    run(middle())
except KeyError as e:
    print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)
try:
    run(implicit())
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__), e.__cause__)
