# A tiny round-robin scheduler running several coroutines.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((0, len(self.ready), name, coro))
    def run(self):
        seq = 100
        while self.ready:
            self.ready.sort()
            when, _, name, coro = self.ready.pop(0)
            self.now = max(self.now, when)
            try:
                req = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} finished -> {e.value}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"t={self.now} {name} failed: {e!r}")
                continue
            seq += 1
            self.ready.append((self.now + req[1], seq, name, coro))
        return self.results

loop = Loop()

async def ticker(name, n, delay):
    for i in range(n):
        print(f"t={loop.now} {name} tick {i}")
        await Sleep(delay)
    return f"{name} did {n}"

async def failing():
    await Sleep(2)
    raise ValueError("task error")

async def parent():
    r = await ticker("child", 2, 1)
    return "parent saw " + r

loop.spawn("a", ticker("a", 3, 2))
loop.spawn("b", ticker("b", 2, 3))
loop.spawn("f", failing())
loop.spawn("p", parent())
res = loop.run()
print(sorted((k, repr(v)) for k, v in res.items()))
