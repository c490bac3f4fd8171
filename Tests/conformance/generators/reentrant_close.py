# A generator closing or throwing into itself while running.
def g():
    try:
        me.close()
    except ValueError as e:
        print("close from inside:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw from inside:", e)
    yield "ok"

me = g()
print(next(me))

def outer():
    yield from inner_gen
inner_gen = (x for x in range(3))
def uses_both():
    o = outer()
    print(next(o))
    try:
        next(inner_gen)
        print("inner advanced directly")
    except ValueError as e:
        print(e)
    print(next(o))
uses_both()
