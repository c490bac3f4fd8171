# Runtime errors raised while matching.
class NotAClass:
    pass
inst = NotAClass()
try:
    match 1:
        case inst.__class__.__name__():
            pass
except TypeError as e:
    print("TypeError", e)

class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            print("matched")
except TypeError as e:
    print("TypeError", e)

class NoArgs:
    x = 1
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)

class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
try:
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)

try:
    match TwoArgs():
        case TwoArgs(1, a=1):
            pass
except TypeError as e:
    print("TypeError", e)

class NonStrArg:
    __match_args__ = (1,)
try:
    match NonStrArg():
        case NonStrArg(1):
            pass
except TypeError as e:
    print("TypeError", e)

# key lookup error propagates
class BadKeys(dict):
    def get(self, k, d=None):
        raise KeyError("nope")
try:
    match BadKeys(a=1):
        case {"a": 1}:
            print("matched")
        case _:
            print("not matched")
except KeyError as e:
    print("KeyError from get", e)

# isinstance on non-type
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError", e)
