# Throwing into a generator that has not started raises at its top: no handler runs.
def g():
    try:
        print("body started")
        yield 1
    except ValueError:
        print("handler (not reached)")
    finally:
        print("finally (not reached)")

it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
print(next(it, "done"))
it2 = g()
try:
    it2.throw(StopIteration)
except Exception as e:
    print(type(e).__name__, e)
