# await is only valid inside async functions.
def f():
    await something()
print("not reached")
