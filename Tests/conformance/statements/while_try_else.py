# try/except/else/finally combined with loops and returns.
def classify(values):
    out = []
    for v in values:
        try:
            r = 10 / v
        except ZeroDivisionError:
            out.append("zero")
            continue
        except TypeError as e:
            out.append("type")
            break
        else:
            out.append(round(r, 2))
        finally:
            out.append("|")
    else:
        out.append("all done")
    return out
print(classify([1, 0, 4]))
print(classify([1, "x", 2]))

def else_returns():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally runs before the else return")
print(else_returns())

def else_raises():
    try:
        try:
            value = 1
        except ValueError:
            return "inner except"
        else:
            raise ValueError("raised in else")
    except ValueError as e:
        return f"outer caught {e}"
print(else_raises())

i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            raise KeyError(i)
    except KeyError as e:
        print("caught", e)
    else:
        print("no exception at", i)
else:
    print("while finished")
