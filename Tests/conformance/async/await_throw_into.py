# A loop throwing into a coroutine (like cancellation) reaches the innermost await.
class Cancelled(Exception):
    pass

class Wait:
    def __await__(self):
        yield "waiting"

async def worker(name):
    try:
        while True:
            await Wait()
            print(name, "worked")
    except Cancelled:
        print(name, "cancelled, cleaning up")
        await Wait()
        print(name, "cleanup finished")
        return "cancelled cleanly"

async def supervisor():
    try:
        return await worker("w")
    finally:
        print("supervisor finally")

c = supervisor()
print(c.send(None))
print(c.send(None))
print(c.throw(Cancelled()))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

c = supervisor()
c.send(None)
try:
    c.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated:", e)
