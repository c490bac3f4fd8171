# Exception chaining: __context__, __cause__, __suppress_context__ and raise ... from.
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("from") from z
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from none") from None
except ValueError as e:
    show(e)

try:
    raise KeyError("k") from TypeError("t")
except KeyError as e:
    show(e)

try:
    raise KeyError("k") from TypeError
except KeyError as e:
    show(e)

try:
    raise KeyError from 5
except TypeError as e:
    print("TypeError", e)

# context is set by a function called within a handler
def fail():
    raise RuntimeError("inner")
try:
    try:
        [][1]
    except IndexError:
        fail()
except RuntimeError as e:
    show(e)

# re-raising the handled exception does not make it its own context
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

# setting attributes by hand
e = Exception("manual")
e.__cause__ = ValueError("c")
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = KeyError("ctx")
show(e)
try:
    e.__cause__ = 3
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = 3
except TypeError as err:
    print("TypeError", err)

# exception raised in finally gets the pending exception as context
try:
    try:
        raise ValueError("body")
    finally:
        raise TypeError("finally")
except TypeError as e:
    show(e)

# nested: context chain of three
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# context cycles are broken
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
