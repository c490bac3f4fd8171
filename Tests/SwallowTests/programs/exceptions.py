try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e, e.args, repr(e))
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", repr(e))
try:
    {}["k"]
except LookupError as e:
    print("lookup", e, repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(g())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise TypeError("outer") from v
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, "custom")
except MyError as e:
    print(e.code, e, e.args, isinstance(e, Exception))
class Simple(Exception):
    pass
try:
    raise Simple
except Exception as e:
    print(repr(e), str(e) == "")
try:
    raise Simple("a", 1)
except Simple as e:
    print(e, e.args)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
for exc in [ValueError, TypeError, KeyError]:
    try:
        raise exc("x")
    except (ValueError, TypeError):
        print("group1", exc.__name__)
    except Exception:
        print("other", exc.__name__)
errs = []
for bad in ["int('x')", "undefined_name", "None.attr", "'a' + 1", "len(5)", "[1][5]", "(1).x", "{}['m']", "1/0", "int(None)", "[].pop()", "'abc'.index('z')", "float('q')", "[1, 2].index(9)"]:
    try:
        eval(bad)
    except Exception as e:
        errs.append(f"{type(e).__name__}: {e}")
print("\n".join(errs))
def raise_in_finally():
    try:
        return 1
    finally:
        return 2
print(raise_in_finally())
try:
    raise ValueError("with notes")
except ValueError as e:
    print(e.__traceback__ is not None)
import sys
try:
    raise RuntimeError("info")
except RuntimeError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
with open(__file__) as fh:
    print(fh.readline().strip())
class CM:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as r:
    print("using", r)
    raise ValueError("suppressed")
print("after with")
