# An exception thrown in and not handled propagates to the caller; the generator is done.
def g():
    print("start")
    yield 1
    print("not reached")
    yield 2

it = g()
next(it)
try:
    it.throw(RuntimeError("boom"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(it.gi_frame is None)
try:
    next(it)
except StopIteration:
    print("exhausted")
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print("finished generator re-raises:", e)
