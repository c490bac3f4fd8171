# An uncaught RecursionError ends the program with a traceback, not a crash.
def forever(n):
    return forever(n + 1) + 1
print("before")
forever(0)
