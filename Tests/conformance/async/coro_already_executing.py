# A running coroutine cannot be resumed from inside itself.
async def selfish():
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    print("running:", me.cr_running)
    return "done"

me = selfish()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)
print(me.cr_running)

async def agen():
    print("ag_running inside:", ag.ag_running)
    yield 1
ag = agen()
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print("value", e.value, "ag_running after:", ag.ag_running)
