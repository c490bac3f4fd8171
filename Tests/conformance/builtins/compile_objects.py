# Code objects from compile(): attributes, reuse, and use with exec/eval and functions.
c = compile("a = 1\nb = a + 1\n", "<two>", "exec")
print(c.co_name, c.co_filename, c.co_argcount, type(c).__name__)
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])
e = compile("a * 10", "<expr>", "eval")
print(eval(e, {"a": 4}), eval(e, {"a": 5}))
print(compile("x", "<s>", "eval").co_names)
src = "def f(p, q=2):\n    '''doc'''\n    return p * q\n"
ns2 = {}
exec(compile(src, "<f>", "exec"), ns2)
fn = ns2["f"]
print(fn(3), fn.__doc__, fn.__code__.co_filename, fn.__code__.co_varnames)
try:
    compile("return 1", "<r>", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno)
try:
    compile("(", "<p>", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg)
try:
    compile("x = 1\ny = 2", "<s>", "single")
except SyntaxError as err:
    print(type(err).__name__, err.msg)
print(compile(b"1 + 1", "<b>", "eval").co_filename)
try:
    compile("1", "<n>", "exec", flags=0, dont_inherit=True, optimize=-1, bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
