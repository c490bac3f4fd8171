# except* basics: matching parts of a group, naked exceptions, handler order.
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError handler:", repr(e))
    except* TypeError as e:
        print("  TypeError handler:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  lookup handler:", repr(e))

print("group with all types")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), IndexError(4)]))
print("naked ValueError")
run(ValueError("naked"))
print("nested")
run(ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])]))

print("unmatched rest propagates")
try:
    run(ExceptionGroup("g", [ValueError(1), ZeroDivisionError(2)]))
except ExceptionGroup as e:
    print("rest:", repr(e))
try:
    run(ZeroDivisionError("naked rest"))
except ZeroDivisionError as e:
    print("naked rest:", repr(e))

# only the first matching clause handles a given leaf
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("first")
except* Exception:
    print("second (should not run)")

# the bound group's type
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print(type(e).__name__, e.message, e.exceptions)
try:
    raise TypeError("t")
except* TypeError as e:
    print(type(e).__name__, repr(e.message), e.exceptions, e.__traceback__ is not None)

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
try:
    try:
        raise ExceptionGroup("g", [KeyError(1)])
    except* ValueError:
        print("no")
    finally:
        print("finally with pending group")
except ExceptionGroup as e:
    print("propagated", repr(e))

# sys.exc_info in an except* handler is the matched group
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* TypeError:
    print("exc_info:", repr(sys.exc_info()[1]))

# the as-name is cleared afterwards
try:
    raise ValueError
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)
