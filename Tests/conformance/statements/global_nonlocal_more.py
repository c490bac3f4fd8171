# More scoping: nonlocal across levels, global in nested functions, class scope rules.
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner
    f = mid()
    f(); f()
    return a
print(outer())

def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make_accumulators()
add(5); add(7)
print(get())

g_counter = 0
def outer_global():
    def inner():
        global g_counter
        g_counter += 10
    inner()
    return g_counter
print(outer_global(), g_counter)

value = "module"
class C:
    value = "class"
    def method(self):
        return value
    @staticmethod
    def static():
        return value
    lam = staticmethod(lambda: value)
print(C().method(), C.static(), C.lam())

def shadow_param(x):
    def inner():
        return x
    x = "reassigned"
    return inner()
print(shadow_param("param"))

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())

def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    v = 1
unbound()

def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
free_unbound()
