# finally and with-blocks run when a thrown exception leaves the generator.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return False

def g():
    try:
        with CM("a"):
            with CM("b"):
                yield 1
    finally:
        print("outer finally")

it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("caller caught", repr(e))

class Suppress(CM):
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__)
        return True

def h2():
    with Suppress("s"):
        yield 1
    print("after suppressed with")
    yield 2

it = h2()
next(it)
print(it.throw(IndexError))
