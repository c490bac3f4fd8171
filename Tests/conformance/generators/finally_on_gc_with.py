# Context managers inside a generator exit when the suspended generator is collected.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False

def g():
    with CM():
        yield "inside"
    print("not reached")

it = g()
print(next(it))
del it
print("after del")

def catching():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit on collection")
        raise

it = catching()
next(it)
it = 42
print("done")
