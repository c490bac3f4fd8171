# Forms of raise: class, instance, from class/instance/None, re-raise with a traceback.
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError from KeyError
def r4(): raise ValueError("m") from KeyError("k")
def r5(): raise ValueError from None
class Custom(Exception):
    def __init__(self):
        super().__init__("made without arguments")
def r6(): raise Custom
class NeedsArgs(Exception):
    def __init__(self, a):
        super().__init__(a)
def r7(): raise NeedsArgs
class NotExc:
    pass
def r8(): raise NotExc
def r9(): raise ValueError from NotExc()
def r10(): raise ValueError() from ValueError
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10]:
    attempt(f)

class Weird(Exception):
    def __new__(cls):
        return 42
def r11(): raise Weird
attempt(r11)

def reraise_in_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        def inner():
            raise
        inner()
attempt(reraise_in_nested)

def reraise_after_handler():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    raise
attempt(reraise_after_handler)

def raise_saved():
    try:
        raise ValueError("saved")
    except ValueError as e:
        saved = e
    raise saved
attempt(raise_saved)
