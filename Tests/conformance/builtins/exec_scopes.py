# exec and eval scoping: functions defined by exec see its globals; exec cannot rebind a function's locals.
g = {}
exec("x = 10\ndef get():\n    return x\n", g)
print(g["get"]())
g["x"] = 20
print(g["get"]())
def f():
    y = 1
    exec("y = 2")
    return y
print(f())
def f2():
    ns = {}
    exec("y = 2", None, ns)
    return ns["y"]
print(f2())
l = {"a": 5}
print(eval("[a * i for i in range(3)]", {}, l) if False else eval("a * 2", {}, l))
try:
    eval("[a * i for i in range(3)]", {}, {"a": 5})
except NameError as e:
    print(type(e).__name__, e)
print(eval("[a * i for i in range(3)]", {"a": 5}))
code = compile("counter += 1", "<c>", "exec")
ns = {"counter": 0}
for _ in range(3):
    exec(code, ns)
print(ns["counter"])
exec("import helper_dirmod as hd", ns)
print(ns["hd"].value)
exec("def k(): return __name__", ns)
print(ns["k"]())
glb = {"__name__": "custom_mod"}
exec("class C: pass\nname = C.__module__", glb)
print(glb["name"])
print(eval("__builtins__ is not None"), eval("len", {}) is len)
