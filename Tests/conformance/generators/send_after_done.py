# Resuming a finished generator.
def g():
    yield 1

it = g()
list(it)
for action in ["next", "send", "throw", "close"]:
    try:
        if action == "next":
            next(it)
        elif action == "send":
            it.send(42)
        elif action == "throw":
            it.throw(KeyError("k"))
        else:
            print("close ->", it.close())
    except StopIteration as e:
        print(action, "StopIteration", e.args)
    except KeyError as e:
        print(action, "KeyError", e)

def failing():
    yield 1
    raise ValueError("inside")
it = failing()
next(it)
try:
    next(it)
except ValueError as e:
    print("failed:", e)
print(next(it, "finished after failure"))
