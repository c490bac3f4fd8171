# add_note and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
e.__notes__ = ["replaced"]
e.add_note("more")
print(e.__notes__)
e.__notes__ = ()
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
print(str(e), repr(e))

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added in handler")
        raise
except KeyError as k:
    print(k.__notes__)

class S(str):
    pass
e = Exception()
e.add_note(S("subclass of str"))
print(e.__notes__, type(e.__notes__[0]).__name__)
