# Objects that are not async context managers.
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class NoExit:
    async def __aenter__(self):
        return self

class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "not awaitable"

async def use(cm):
    async with cm:
        print("body ran for", type(cm).__name__)

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
    except TypeError as e:
        print("TypeError:", e)

class NoEnter:
    async def __aexit__(self, *a):
        pass

for cm in [SyncOnly(), 42, NoExit(), NoEnter(), BadEnter(), BadExit()]:
    run(use(cm))
