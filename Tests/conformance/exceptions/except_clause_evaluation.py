# except clauses evaluate their type expressions lazily, in order, only when reached.
log = []
def typ(t, name):
    log.append(name)
    return t
try:
    raise KeyError("k")
except typ(ValueError, "first"):
    pass
except typ((TypeError, KeyError), "second"):
    log.append("handled")
except typ(IndexError, "third"):
    pass
print(log)

errors = (ValueError, ZeroDivisionError)
try:
    1 / 0
except errors as e:
    print("tuple variable caught", type(e).__name__)

def handler_types():
    return [OSError, LookupError]
try:
    {}["x"]
except tuple(handler_types()) as e:
    print("computed tuple caught", type(e).__name__)

try:
    try:
        raise ValueError
    except ():
        print("empty tuple never matches")
except ValueError:
    print("empty tuple let it through")

class Meta(type):
    def __instancecheck__(cls, obj):
        return True
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__ called")
        return True
class Catcher(Exception, metaclass=Meta):
    pass
try:
    try:
        raise ValueError("v")
    except Catcher:
        print("caught by metaclass __subclasscheck__?")
except ValueError:
    print("except uses the real class hierarchy")
