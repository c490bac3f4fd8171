# A suspended generator's finally runs when the generator goes away.
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

it = g("deleted")
next(it)
print("before del")
del it
print("after del")

it = g("rebound")
next(it)
it = None
print("after rebinding")

def use():
    local = g("local")
    next(local)
    print("returning from use")
use()
print("after use")

it = g("never started")
del it
print("unstarted generator: nothing to run")

def consume_first():
    for x in g("loop"):
        print("got", x)
        break
    print("after break")
consume_first()
print("end")
