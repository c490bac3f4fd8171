# Classes with __await__ returning generators, values passed back and forth.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield {"request": self.what}
        if answer == "error":
            raise OSError(f"failed {self.what}")
        return answer.upper()

class Pair:
    def __await__(self):
        a = yield from Request("first").__await__()
        b = yield from Request("second").__await__()
        return a + b

async def main():
    x = await Request("a")
    print("x =", x)
    p = await Pair()
    print("pair =", p)
    try:
        await Request("bad")
    except OSError as e:
        print("OSError:", e)
    return "main done"

def run(c, answers):
    val = None
    while True:
        try:
            req = c.send(val)
        except StopIteration as e:
            return e.value
        print("request:", req)
        val = answers.pop(0)

print(run(main(), ["alpha", "b1", "b2", "error"]))
