# An uncaught exception group prints the nested tree.
def f():
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print("start")
f()
