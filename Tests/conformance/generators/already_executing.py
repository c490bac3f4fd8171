# A generator cannot be resumed while it is running.
def g():
    yield 1
    print("running:", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.send(None)
    except ValueError as e:
        print("send:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    yield 2

me = g()
print(next(me))
print(next(me))
print(me.gi_running)
