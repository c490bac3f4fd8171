# Handler selection, nesting, tuples of types, bare raise and sys.exc_info().
import sys

def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError:
        return "arith " + repr(sys.exc_info()[1])
    except Exception as e:
        return "exception " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__

for exc in [KeyError, IndexError("i"), ZeroDivisionError, OverflowError("o"), ValueError, KeyboardInterrupt, SystemExit(1)]:
    print(check(exc))

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner", sys.exc_info()[1])
    print("restored", repr(sys.exc_info()[1]))
print("after", sys.exc_info())
print(sys.exception() if hasattr(sys, "exception") else "no sys.exception")

# bare raise re-raises the handled exception
def reraiser():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

# the 'as' name is deleted after the handler
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)

def local_del():
    err = "before"
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(local_del())

# catching with a non-exception class
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError
    except (ValueError, 3):
        print("tuple stops at first match")
except TypeError as e:
    print("TypeError", e)

# raising non-exceptions
for bad in [3, "s", int, None]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError", e)

# try/except/else/finally ordering
def order(fail):
    log = []
    try:
        log.append("body")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))

# exception in else is not caught by the same try
try:
    try:
        pass
    except ValueError:
        print("wrong")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# handlers in nested functions see the caller's handled exception
def peek():
    return repr(sys.exc_info()[1])
try:
    raise KeyError("outer")
except KeyError:
    print("nested function sees", peek())
print("outside sees", peek())
