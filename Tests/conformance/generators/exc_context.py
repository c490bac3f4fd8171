# Exceptions raised in a generator's handlers chain their __context__.
def g():
    try:
        yield 1
    except ValueError:
        raise KeyError("in handler")

it = g()
next(it)
try:
    it.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "suspended in handler"
        raise TypeError("after resume")

it = h()
print(next(it))
try:
    next(it)
except TypeError as e:
    print(repr(e), "context:", type(e.__context__).__name__)

def k():
    yield 1
    raise RuntimeError("plain")
it = k()
next(it)
try:
    raise OSError("outer")
except OSError:
    try:
        next(it)
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))
