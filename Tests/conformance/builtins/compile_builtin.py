# compile() with exec, eval and single modes from strings, and its errors.
c = compile("x = 6 * 7", "<mine>", "exec")
print(type(c).__name__, c.co_filename)
ns = {}
exec(c, ns)
print(ns["x"])
e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e))
print(eval(compile("[i * i for i in range(4)]", "<l>", "eval")))
s = compile("y = 5", "<s>", "single")
ns2 = {}
exec(s, ns2)
print(ns2["y"])
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "<f>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("x = 1", "<f>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile(5, "<f>", "exec")
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile("x")
except TypeError as e:
    print(type(e).__name__, e)
code = compile("def f(a, b):\n    return a - b\n", "<def>", "exec")
g = {}
exec(code, g)
print(g["f"](10, 3))
