# global and nonlocal declarations.
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)

def make_new_global():
    global fresh
    fresh = "created"
make_new_global()
print(fresh)

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s = counter_factory()
print(s(), s(), s())

class K:
    global gk
    gk = "set from class"
    y = 1
    def m(self):
        return y
print(gk)
y = "global y"
print(K().m())

def shadow():
    x = "local"
    def g():
        global x
        return x
    return g()
x = "global x"
print(shadow())

for src in ["def f():\n    nonlocal q\n", "nonlocal z\n", "def f(a):\n    global a\n",
            "def f():\n    x = 1\n    global x\n", "def f():\n    print(x)\n    global x\n",
            "def f():\n    def g():\n        nonlocal v\n    v = 1\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
