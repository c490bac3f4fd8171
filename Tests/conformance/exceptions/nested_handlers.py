# Nested try statements, handlers that raise, and which handler catches what.
def trace(label, f):
    try:
        r = f()
        print(label, "returned", r)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)

def a():
    try:
        try:
            raise ValueError("v")
        except TypeError:
            return "wrong handler"
    except ValueError as e:
        return f"outer got {e}"
trace("a", a)

def b():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            raise TypeError("converted")
    except TypeError as e:
        return f"outer got {e} (context {e.__context__!r})"
trace("b", b)

def c():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise KeyError("k")
        except KeyError:
            pass
        raise
trace("c", c)

def d():
    for exc in (ValueError, TypeError, KeyError):
        try:
            try:
                raise exc("x")
            except ValueError:
                print("  inner handled ValueError")
            except TypeError:
                raise
        except TypeError:
            print("  outer handled TypeError")
        except KeyError:
            print("  outer handled KeyError")
    return "done"
trace("d", d)

def e():
    try:
        pass
    finally:
        try:
            raise IndexError("in finally")
        except IndexError:
            pass
    return "finally handled its own"
trace("e", e)

def f():
    def level3():
        raise LookupError("deep")
    def level2():
        try:
            level3()
        except KeyError:
            return "no"
    def level1():
        try:
            return level2()
        finally:
            print("  level1 finally")
    return level1()
trace("f", f)

def g():
    try:
        raise ValueError(1)
    except (TypeError, ValueError) as err:
        try:
            raise err
        except ValueError as again:
            return again is err
trace("g", g)
