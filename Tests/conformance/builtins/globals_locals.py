# globals() and locals() at module level, in functions and in classes.
g = globals()
print(g is globals(), g["__name__"], "g" in g)
g["injected"] = 99
print(injected)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def f2():
    x = 1
    l1 = locals()
    y = 2
    return sorted(l1), sorted(locals())
print(f2())
class C:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(C.q)
print(locals() is globals())
def closure():
    v = 5
    def inner():
        return locals()
    return inner()
print(closure())
def with_free():
    v = 5
    def inner():
        return v, locals()
    return inner()
print(with_free())
