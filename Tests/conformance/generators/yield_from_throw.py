# throw() into a delegating generator goes to the subgenerator first.
def inner():
    while True:
        try:
            yield "inner"
        except ValueError as e:
            print("inner caught", e)
            yield "inner recovered"
        except KeyError:
            print("inner returns")
            return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer continues"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("done")
