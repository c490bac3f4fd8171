# __aexit__ sees exceptions from the body and may suppress them.
class Tick:
    def __await__(self):
        yield

class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit got", t.__name__ if t else None, v, tb is not None)
        await Tick()
        return self.suppress

async def main():
    async with CM(True):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with CM(False):
            await Tick()
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    try:
        async with CM(0):
            1 / 0
    except ZeroDivisionError:
        print("falsy return does not suppress")
    async with CM("yes"):
        raise IndexError
    print("truthy suppresses")

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
run(main())

class RaisingExit:
    async def __aenter__(self):
        return None
    async def __aexit__(self, *a):
        raise RuntimeError("from aexit")

async def m2():
    try:
        async with RaisingExit():
            raise KeyError("original")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__))
run(m2())
