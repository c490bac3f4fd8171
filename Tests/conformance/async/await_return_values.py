# Values of all kinds travel through await and StopIteration intact.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v

async def passthrough(v):
    return await Value(v)

async def main():
    out = []
    for v in [None, 0, (), (1,), (1, 2), [3], StopIteration("s"), KeyError("k")]:
        r = await passthrough(v)
        out.append(repr(r))
    return out

def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
for r in run(main()):
    print(r)
