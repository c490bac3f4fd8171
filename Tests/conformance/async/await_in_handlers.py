# await inside except, finally and else blocks.
import sys

class Tick:
    def __await__(self):
        yield "tick"

async def main():
    try:
        raise KeyError("k")
    except KeyError as e:
        await Tick()
        print("still handling:", sys.exc_info()[0].__name__, repr(e))
    try:
        pass
    except Exception:
        pass
    else:
        await Tick()
        print("else awaited")
    finally:
        await Tick()
        print("finally awaited")
    try:
        try:
            raise ValueError("inner")
        finally:
            await Tick()
            print("finally before propagation")
    except ValueError as e:
        print("caught", e)
    return "done"

def run(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
            print("loop: exc_info outside is", sys.exc_info()[0])
        except StopIteration as e:
            return e.value, n

print(run(main()))
