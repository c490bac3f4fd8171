# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def g():
    yield 1
    raise StopIteration("inner")

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)
print(next(it, "finished"))

def sub():
    raise StopIteration(5)
    yield

def h():
    yield from sub()

try:
    list(h())
except RuntimeError as e:
    print("nested:", e, "/", e.__cause__.__class__.__name__)

class MyStop(StopIteration):
    pass

def k():
    yield 0
    raise MyStop

try:
    for x in k():
        print("item", x)
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

def ok():
    try:
        raise StopIteration
    except StopIteration:
        print("caught inside is fine")
    yield "after"
print(list(ok()))
