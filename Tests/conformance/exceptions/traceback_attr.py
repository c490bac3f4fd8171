# __traceback__, with_traceback and traceback objects.
import sys

def inner():
    raise ValueError("deep")
def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print(names)
    print(e.__traceback__ is sys.exc_info()[2])
    print(type(e.__traceback__).__name__)

e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)

try:
    raise KeyError("a")
except KeyError as k:
    saved = k.__traceback__
try:
    raise TypeError("t").with_traceback(saved)
except TypeError as t:
    print(t.__traceback__.tb_next is saved or t.__traceback__ is saved)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print("TypeError", err)
try:
    e.__traceback__ = "x"
except TypeError as err:
    print("TypeError", err)
print(sys.exc_info()[2] is None)
