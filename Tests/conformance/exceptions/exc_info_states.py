# sys.exc_info() and sys.exception() in handlers, finally blocks, nested functions and after.
import sys
def state():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None)

print(state())
try:
    raise ValueError("a")
except ValueError:
    print("handler", state())
    try:
        raise TypeError("b")
    except TypeError:
        print("inner", state())
    finally:
        print("inner finally", state())
    print("back in outer", state())
finally:
    print("outer finally", state())
print("after", state())

try:
    try:
        raise KeyError("k")
    finally:
        print("finally during propagation", state())
except KeyError:
    pass

def raiser():
    raise IndexError("i")
try:
    raiser()
except IndexError:
    print("from function", state())

def handler_in_function():
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        return state()
print(handler_in_function(), state())

try:
    raise ValueError("v")
except ValueError:
    pass
print("cleared", state(), sys.exception())

for i in range(2):
    try:
        raise ValueError(i)
    except ValueError:
        print("loop", state())
        continue
print("after loop", state())
