# An uncaught exception prints a traceback and exits with status 1.
def f(x):
    return {"a": 1}[x]
print("before")
f("missing")
