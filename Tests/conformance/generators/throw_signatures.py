# The forms of throw(): a class, a class and a value, an instance.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError, "msg")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError, None)
it.throw(ValueError("inst"))
it.throw(ValueError, ValueError("same class instance"))
it.throw(LookupError, KeyError("subclass instance"))
it.throw(KeyError(1), None)

for args in [(ValueError("x"), "y"), (5,), ("str",), (ValueError, None, 5)]:
    try:
        it.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    it.throw()
except TypeError as e:
    print("TypeError no args")

class MyErr(Exception):
    def __init__(self, a, b=None):
        super().__init__(a, b)
        print("MyErr init", a, b)
it.throw(MyErr, (1, 2))
it.throw(MyErr, 7)
