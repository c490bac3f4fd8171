# sys.exc_info() in functions called from handlers, after handlers, and with re-raise.
import sys
def current():
    t, v, tb = sys.exc_info()
    return None if t is None else (t.__name__, str(v))
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        return current()
try:
    raise ValueError("outer")
except ValueError:
    print(current())
    print(handler())
    print(current())
print(current())
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(current(), type(e.__context__).__name__)
def reraiser():
    try:
        raise IndexError("idx")
    except IndexError:
        raise
try:
    reraiser()
except IndexError:
    print(current())
print(current())
