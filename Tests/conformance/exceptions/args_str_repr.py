# args, str() and repr() of exceptions with zero, one and several arguments.
for args in [(), ("msg",), (1,), ("a", 2), (None,), ([1, 2],), ("",)]:
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)

print(repr(ValueError("x")), str(ValueError("x", "y")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(repr(BaseException()), repr(SystemExit(3)), repr(StopIteration()))

class MyError(Exception):
    pass
class WithInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
class WithSuper(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
        self.a = a

print(repr(MyError("m")), str(MyError("m", 2)))
w = WithInit(1, 2)
print(repr(w), str(w), w.args, w.a, w.b)
s = WithSuper(1, 2)
print(repr(s), str(s), s.args)

e = Exception(1, 2)
e.args = ("replaced",)
print(e, e.args)
e.args = [3, 4]
print(e.args, type(e.args).__name__)

class CustomStr(Exception):
    def __str__(self):
        return "custom str"
print(str(CustomStr("x")), repr(CustomStr("x")))

try:
    Exception(a=1)
except TypeError as err:
    print("TypeError", err)

e = Exception("x")
e.extra = 5
print(e.extra, e.__dict__)
print(Exception.__name__, Exception.__qualname__, Exception.__module__)
print(isinstance(Exception(), BaseException), issubclass(KeyError, LookupError))
