# A suspended async generator that goes away is closed: its finally runs.
async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

def first(g):
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        return e.value

g = agen("deleted")
print(first(g))
del g
print("after del")

async def consumer():
    async for x in agen("broken loop"):
        print("got", x)
        break
    print("after break")
c = consumer()
try:
    c.send(None)
except StopIteration:
    pass
print("end")
