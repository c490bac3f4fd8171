# next() with and without a default on exhausted generators and iterators.
def g():
    yield 1
    return "ret"

it = g()
print(next(it, "d"))
print(next(it, "d"))
print(next(it, None))
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(it)
except StopIteration as e:
    print("second time value:", e.value)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("list iterator:", e.args)
