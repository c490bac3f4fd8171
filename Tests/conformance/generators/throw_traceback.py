# throw() with a traceback argument; a bad one is a TypeError.
def g():
    try:
        yield
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e.__traceback__ is not None)
        yield "ok"

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    exc = e

it = g()
next(it)
print(it.throw(ZeroDivisionError, exc, tb))
it = g()
next(it)
try:
    it.throw(ZeroDivisionError, None, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
print(it.gi_frame is not None)
print(it.throw(ZeroDivisionError, None, None))
