# nonlocal and global declarations, shadowing, and UnboundLocalError.
g = 0
def set_global():
    global g
    g += 1
set_global(); set_global()
print(g)
def make_new_global():
    global brand_new
    brand_new = "created"
make_new_global()
print(brand_new)
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def shadow():
    g = "local"
    return g
print(shadow(), g)
def broken():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 5
broken()
def nl_broken():
    v = 1
    def inner():
        try:
            v += 1
        except UnboundLocalError as e:
            print(type(e).__name__, e)
    inner()
nl_broken()
def deleted():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(deleted())
def deleted_cell():
    x = 1
    def r(): return x
    del x
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()
class K:
    def m(self):
        global g
        g = "from method"
K().m()
print(g)
