# A small asyncio-like loop: futures, tasks, gather and cancellation.
class CancelledError(Exception):
    pass

class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        self.cancel_requested = False
        loop.call_soon(self.step, None)
    def cancel(self):
        self.cancel_requested = True
    def step(self, _):
        try:
            if self.cancel_requested:
                self.cancel_requested = False
                fut = self.coro.throw(CancelledError(self.name))
            else:
                fut = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
            return
        except CancelledError:
            print("task", self.name, "cancelled")
            self.set_result("cancelled")
            return
        fut.callbacks.append(self.step)

class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.time = 0
    def call_soon(self, fn, arg):
        self.ready.append((fn, arg))
    def sleep(self, delay, value=None):
        fut = Future(self)
        self.timers.append((self.time + delay, len(self.timers), fut, value))
        return fut
    def run_until_complete(self, coro):
        main = Task(self, coro, "main")
        while not main.done:
            while self.ready:
                fn, arg = self.ready.pop(0)
                fn(arg)
            if self.timers and not main.done:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, _, fut, value = self.timers.pop(0)
                self.time = when
                fut.set_result(value)
        return main.result

loop = Loop()

async def worker(name, delay):
    print(f"t={loop.time} {name} start")
    await loop.sleep(delay)
    print(f"t={loop.time} {name} end")
    return name.upper()

async def gather(*coros):
    tasks = [Task(loop, c, f"g{i}") for i, c in enumerate(coros)]
    return [await t for t in tasks]

async def long_running():
    try:
        await loop.sleep(100)
    finally:
        print("long_running cleanup")

async def main():
    results = await gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print("gathered", results)
    t = Task(loop, long_running(), "long")
    await loop.sleep(1)
    t.cancel()
    t.step(None)
    print("cancel result:", await t)
    return "main finished"

print(loop.run_until_complete(main()))
