# Driving a coroutine by hand: send, throw and close reach the awaiting point.
class Point:
    def __await__(self):
        try:
            v = yield "suspended"
        except KeyError as e:
            print("awaitable caught", repr(e))
            v = "recovered"
        return v

async def coro():
    try:
        r = await Point()
        print("first await ->", r)
        r = await Point()
        print("second await ->", r)
    except ValueError as e:
        print("coroutine caught", e)
        return "handled"
    finally:
        print("coroutine finally")
    return "normal"

c = coro()
print(c.send(None))
print(c.send("one"))
try:
    c.throw(ValueError("stop it"))
except StopIteration as e:
    print("returned", e.value)

c = coro()
c.send(None)
print(c.throw(KeyError("k")))
c.close()
print("closed; cr_frame:", c.cr_frame)

c = coro()
try:
    c.send("x")
except TypeError as e:
    print("TypeError:", e)
c.close()
