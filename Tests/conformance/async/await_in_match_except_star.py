# await and yield inside match cases and except* handlers.
class Tick:
    def __await__(self):
        v = yield "t"
        return v
async def main(x):
    match x:
        case [a, b]:
            r = await Tick()
            return ("pair", a, b, r)
        case {"k": v}:
            return ("dict", await Tick(), v)
        case _:
            try:
                raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
            except* ValueError as e:
                print("VE", await Tick())
            except* KeyError:
                print("KE", await Tick())
            return "other"
def run(c):
    v = None
    n = 0
    while True:
        try:
            c.send(v)
        except StopIteration as e:
            return e.value
        n += 1
        v = n
for x in [[1, 2], {"k": 3}, 5]:
    print(run(main(x)))
def gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        yield "in except*"
    match (yield "m"):
        case 1: yield "one"
        case _: yield "other"
g = gen()
print(next(g), next(g), g.send(1))
