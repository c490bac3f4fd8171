# An exception raised by the generator body reaches the consumer; the generator ends.
def g():
    yield 1
    yield 1 / 0
    yield 3

it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(it, "finished"))

def h():
    for x in [1, 0, 2]:
        yield 10 // x
try:
    print(list(h()))
except ZeroDivisionError as e:
    print("list():", e)
results = []
try:
    for v in h():
        results.append(v)
except ZeroDivisionError:
    print("partial:", results)

def raises_immediately():
    raise KeyError("at start")
    yield
it = raises_immediately()
print("created fine")
try:
    next(it)
except KeyError as e:
    print("KeyError", e)
