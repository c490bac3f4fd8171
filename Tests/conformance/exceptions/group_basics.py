# ExceptionGroup / BaseExceptionGroup construction, attributes, str and repr.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [KeyError("k")])))

beg = BaseExceptionGroup("base", [ValueError(1)])
print(type(beg).__name__, "all Exceptions give an ExceptionGroup")
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
print(type(beg).__name__, repr(beg))
print(isinstance(eg, Exception), isinstance(beg, Exception), isinstance(eg, BaseExceptionGroup))

errors = [
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", None),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", [ValueError(), "s"]),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", [ValueError], ),
    lambda: BaseExceptionGroup(),
]
for make in errors:
    try:
        r = make()
        print("no error", repr(r))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# exceptions is stored as a tuple; any sequence is accepted
eg = ExceptionGroup("tuple", (ValueError(1),))
print(eg.exceptions, type(eg.exceptions).__name__)
lst = [ValueError(2)]
eg = ExceptionGroup("list", lst)
lst.append(TypeError())
print(len(eg.exceptions))

# nesting
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
print(repr(nested))
print(str(nested))
print(nested.exceptions[1].exceptions)

# subclassing
class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError()])
print(type(mg).__name__, repr(mg), str(mg))
class MyBaseGroup(BaseExceptionGroup):
    pass
print(type(MyBaseGroup("x", [ValueError()])).__name__)
print(type(MyBaseGroup("x", [KeyboardInterrupt()])).__name__)
class BadNest(Exception, BaseExceptionGroup):
    pass
try:
    BadNest("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

# caught by plain except
try:
    raise ExceptionGroup("g", [ValueError()])
except ExceptionGroup as e:
    print("plain except got", repr(e))
try:
    raise ExceptionGroup("g", [ValueError()])
except ValueError:
    print("wrong")
except Exception as e:
    print("ValueError handler does not match a group:", type(e).__name__)
