# with-statements inside generators see exceptions thrown at the yield.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

def g():
    with Tracker("outer") as o:
        with Tracker("inner", suppress=True) as i:
            yield o + "/" + i
            print("not printed")
        print("inner suppressed")
        yield "between"
    print("after with")
    yield "end"

it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
print(next(it, "exhausted"))

it = g()
next(it)
next(it) if False else None
it.close()
print("closed")

def return_inside():
    with Tracker("ret"):
        yield 1
        return "from with"
it = return_inside()
next(it)
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
