# exec/eval globals name their builtins: inserted when missing, and a custom __builtins__ restricts names.
import builtins
g = {}
exec("pass", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"] is vars(builtins))
exec("print(len([1, 2]))", {"__builtins__": {"len": len, "print": print}})
try:
    exec("abs(-1)", {"__builtins__": {"print": print}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("max(3, 4)", {"__builtins__": builtins}))
try:
    eval("min(1, 2)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("x + 1", {"__builtins__": {}, "x": 1}))
