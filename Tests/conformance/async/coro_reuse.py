# A finished coroutine cannot be awaited again.
async def f():
    return 1

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

c = f()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def awaits_twice():
    inner = f()
    a = await inner
    try:
        b = await inner
    except RuntimeError as e:
        print("second await:", e)
        b = None
    return a, b
print(run(awaits_twice()))

async def fails():
    raise ValueError("bad")
c = fails()
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("after failure:", e)
try:
    c.throw(KeyError)
except RuntimeError as e:
    print("throw into finished coroutine:", e)
c.close()
print("close of a finished coroutine is fine")
