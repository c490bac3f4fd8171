# exec() of a code object with free variables needs closure= cells (3.11); eval() refuses such code.
def outer():
    v = 10
    def inner():
        print("inner sees", v)
    return inner
f = outer()
for call in (lambda: exec(f.__code__), lambda: eval(f.__code__), lambda: exec(f.__code__, {}, None, closure=None),
             lambda: exec(f.__code__, closure=(1,)), lambda: exec("1", closure=f.__closure__),
             lambda: exec(compile("x = 1", "s", "exec"), closure=f.__closure__), lambda: exec(f.__code__, closure=()),
             lambda: exec(f.__code__, closure=f.__closure__), lambda: exec(f.__code__, globals(), closure=f.__closure__)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
