# Exceptions propagate through await chains and can be caught at any level.
class Tick:
    def __await__(self):
        yield "tick"

async def level3(fail):
    await Tick()
    if fail:
        raise KeyError(fail)
    return "ok3"

async def level2(fail):
    try:
        return await level3(fail)
    finally:
        print("level2 finally")

async def level1(fail):
    try:
        r = await level2(fail)
    except KeyError as e:
        print("level1 caught", repr(e))
        r = "recovered"
    return r

def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value

print(run(level1(None)))
print(run(level1("boom")))
try:
    run(level2("uncaught"))
except KeyError as e:
    print("escaped:", repr(e))

async def raises_stopiteration():
    raise StopIteration("no")
try:
    run(raises_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
