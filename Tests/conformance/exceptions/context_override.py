# Raising sets __context__ to the exception being handled, replacing an earlier context.
try:
    try:
        raise ValueError("handled")
    except ValueError:
        e = KeyError("raised")
        e.__context__ = TypeError("old context")
        raise e
except KeyError as k:
    print(repr(k.__context__))

saved = None
try:
    raise IndexError("first")
except IndexError as first:
    saved = first
try:
    try:
        raise RuntimeError("second")
    except RuntimeError:
        raise saved
except IndexError as again:
    print(repr(again.__context__), again is saved)

# outside any handler, raising keeps an existing context
x = OSError("x")
x.__context__ = ZeroDivisionError("zd")
try:
    raise x
except OSError as o:
    print(repr(o.__context__))

# the context chain through function calls
def inner():
    raise LookupError("inner")
def middle():
    try:
        inner()
    except LookupError:
        raise AttributeError("middle")
try:
    middle()
except AttributeError as a:
    print(repr(a.__context__), repr(a.__context__.__context__))
