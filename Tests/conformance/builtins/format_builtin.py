# format() builtin with specs and __format__.
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format("hi", ">5"), format(1234567, ","))
print(repr(format(5)), format(None), format([1, 2]))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "abc"), format(F()), f"{F():xyz}")
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __format__(self, spec):
        return 5
try:
    format(B())
except TypeError as e:
    print(type(e).__name__, e)
