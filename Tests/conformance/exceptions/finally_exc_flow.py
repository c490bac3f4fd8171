# Exceptions through finally blocks: replacement, return/break swallowing, nested finally.
def replaced():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replaced()
except KeyError as e:
    print("replaced:", repr(e), "context:", repr(e.__context__))

def order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("except")
    finally:
        log.append("outer finally")
    return log
print(order())

def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")
print(return_in_except())

def exception_in_except():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("finally sees pending TypeError")
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(exception_in_except())

def generator_like():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError as e:
            results.append(("caught", e.args[0]))
            continue
        finally:
            results.append(("finally", i))
        results.append(("ok", i))
    return results
print(generator_like())

def nested_returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_returns())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_finally())
