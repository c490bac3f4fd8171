# More except*: subclass matching, catching Exception, nested groups, order of handlers.
def run(eg, *types):
    try:
        try:
            raise eg
        except* types[0] as g:
            print("  first :", repr(g))
        except* types[1] as g:
            print("  second:", repr(g))
    except BaseException as rest:
        print("  rest  :", repr(rest))

print("subclass matching (LookupError catches KeyError and IndexError)")
run(ExceptionGroup("g", [KeyError(1), IndexError(2), ValueError(3)]), LookupError, ValueError)
print("Exception catches all Exceptions")
run(ExceptionGroup("g", [KeyError(1), ValueError(3)]), Exception, KeyError)
print("BaseException leaves stay for a later handler")
run(BaseExceptionGroup("g", [KeyboardInterrupt(), ValueError(3)]), Exception, KeyboardInterrupt)
print("deep nesting keeps structure")
run(ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [ValueError(1), TypeError(2)])]), TypeError(3)]),
    ValueError, OSError)
print("handler order does not matter for disjoint types")
run(ExceptionGroup("g", [TypeError(1), ValueError(2)]), ValueError, TypeError)

# the body of an except* can contain normal try/except
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as g:
    try:
        raise g.exceptions[0]
    except ValueError as inner:
        print("inner plain except got", repr(inner))

# except* inside a loop inside a function with nested try/finally
def loop():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ExceptionGroup("loop", [ValueError(i)])
                out.append(i)
            except* ValueError:
                out.append(f"handled {i}")
        finally:
            out.append(f"finally {i}")
    return out
print(loop())

# a raise in the else clause is not handled by the except* clauses
try:
    try:
        pass
    except* ValueError:
        print("no")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("else raised", repr(e))

# exception in the type expression propagates
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* undefined_name:
        pass
except NameError as e:
    print("NameError", e)
