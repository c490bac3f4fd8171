# A bare raise after resuming inside an except block re-raises the generator's exception.
def g():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler"
        raise

it = g()
print(next(it))
try:
    raise ValueError("caller's own")
except ValueError:
    try:
        next(it)
    except KeyError as e:
        print("re-raised:", repr(e), "context:", repr(e.__context__))

def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield
        raise RuntimeError("new") from e
it = h()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(repr(e), "cause:", type(e.__cause__).__name__)
