# sys.exc_info() and sys.exception() inside and outside handlers, nested handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)
try:
    try:
        raise TypeError("inner")
    finally:
        print(sys.exc_info()[0].__name__)
except TypeError:
    pass
print(sys.exception())
