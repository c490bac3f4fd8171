# exec() with globals/locals dicts, definitions, returning None, errors.
ns = {}
r = exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(r, ns["a"], ns["b"], ns["f"]())
print(sorted(k for k in ns if k != "__builtins__"))
g = {"base": 5}
l = {}
exec("result = base * 2", g, l)
print(l, "result" in g)
exec("import math_helper_absent_ok\n" if False else "pass")
def run():
    loc = {}
    exec("z = 3", globals(), loc)
    return loc["z"]
print(run())
counter = 0
exec("counter += 1")
print(counter)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("for")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("x=1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
exec("class K:\n    v = 3\nprint(K.v, K.__module__)", {"__name__": "fake"})
exec(compile("print('from code object')", "<c>", "exec"))
