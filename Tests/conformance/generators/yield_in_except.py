# Yielding inside an except block keeps the handled exception for the generator only.
import sys

def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("resumed, handling:", sys.exc_info()[0].__name__)
        yield "two"
    print("after handler:", sys.exc_info()[0])
    yield "three"

it = g()
print(next(it))
print("caller sees:", sys.exc_info()[0])
try:
    raise ValueError("caller")
except ValueError:
    print(next(it))
    print("caller still handling:", sys.exc_info()[0].__name__)
print(next(it))

def h():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print("generator sees caller's:", next(h()).__name__)
