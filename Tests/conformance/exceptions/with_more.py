# with statement details: __exit__ arguments, exceptions in __enter__, return values.
class Recorder:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"{self.name}.__enter__")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"{self.name}.__exit__", exc_type.__name__ if exc_type else None,
              type(tb).__name__ if tb else None)
        return self.suppress

class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with Recorder("outer"), FailingEnter():
        print("body must not run")
except RuntimeError as e:
    print("caught", e)

def returns_in_with():
    with Recorder("r") as r:
        return r.name
print(returns_in_with())

def exit_sees_exception():
    with Recorder("s", suppress=True):
        1 / 0
    return "suppressed ZeroDivisionError"
print(exit_sees_exception())

class ExitReturnsNone:
    def __enter__(self):
        return "value"
    def __exit__(self, *a):
        return None
try:
    with ExitReturnsNone() as v:
        print("as target", v)
        raise KeyError("kept")
except KeyError as e:
    print("None does not suppress", e)

import sys
class ExcInfo:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exc_info in __exit__:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with ExcInfo():
    raise ValueError
with ExcInfo():
    pass

class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("depth", self.depth)
        return self
    def __exit__(self, *a):
        self.depth -= 1
r = Reusable()
with r:
    with r:
        with r:
            pass
print("final depth", r.depth)

class ExitAsMethodLookup:
    pass
obj = ExitAsMethodLookup()
obj.__enter__ = lambda: None
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print("TypeError", e)
