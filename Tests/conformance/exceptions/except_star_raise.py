# Raising inside except* handlers: reraise, new exceptions, combination of results.
def show(e, indent=""):
    print(indent + repr(e), "ctx=" + repr(e.__context__) if isinstance(e, ExceptionGroup) is False else "")
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            show(sub, indent + "  ")

def attempt(f):
    try:
        f()
    except BaseException as e:
        show(e)

def bare_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
print("bare raise in one handler, rest unhandled")
attempt(bare_reraise)

def reraise_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise
print("bare raise in two handlers keeps the original structure")
attempt(reraise_all)

def new_exc():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
print("new exception plus unhandled rest")
attempt(new_exc)

def new_only():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only new")
print("single new exception")
attempt(new_only)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("replacement")
print("naked exception replaced")
attempt(naked_new)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
print("naked exception reraised")
attempt(naked_reraise)

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise IndexError("i1")
print("two new exceptions")
attempt(two_new)

def raise_matched_group():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
print("raise e (the match) counts as new")
attempt(raise_matched_group)

def nested_try():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handled inside except*")
    print("continues")
attempt(nested_try)

def base_group():
    try:
        raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("handled KeyboardInterrupt part")
print("base group")
attempt(base_group)
