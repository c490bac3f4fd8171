# Format spec for str and format() builtin behaviour.
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", ".2", "10.3", "-<6", "=<6"]:
    print(repr(spec), repr(format("hello", spec)))
for spec in ["d", "=10", "+", "#", "010", ","]:
    try:
        print(repr(format("s", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(repr(format("")), repr(format(None)), repr(format([1, 2], "")))
try:
    format(None, "10")
except TypeError as e:
    print("TypeError", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
class Custom:
    def __format__(self, spec):
        return "custom:" + spec
print(format(Custom(), "anything"), "{:zz}".format(Custom()))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError", e)
print(format(True, ""), format(True, "d"), format(True, "10"), format(False, ">5"))
class MyStr(str):
    pass
print(repr(format(MyStr("abc"), "5")))
print(repr(format("caf\u00e9", "^8")))
