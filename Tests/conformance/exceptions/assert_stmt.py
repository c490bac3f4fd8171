# assert with and without message; the message is evaluated only on failure.
def msg():
    print("message evaluated")
    return "the message"
assert True, msg()
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError", e.args, repr(e))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 3, f"x is {x}"
except AssertionError as e:
    print(e)
assert x
assert False, "uncaught assertion"
