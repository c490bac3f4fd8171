# In a function, locals() returns the same dict each time, refreshed from the local variables;
# names that exec() adds to it survive later locals() calls.
def same_dict():
    a = 1
    first = locals()
    b = 2
    second = locals()
    return first is second, sorted(first), first["b"]
print(same_dict())
def deleted():
    x = 1
    snap = locals()
    del x
    locals()
    return "x" in snap
print(deleted())
def exec_adds():
    exec("made_by_exec = 42")
    return locals()["made_by_exec"]
print(exec_adds())
def eval_sees():
    v = 10
    return eval("v + 1"), eval("[v * i for i in range(2)]" if False else "v * 2")
print(eval_sees())
def modify():
    z = 1
    locals()["z"] = 100
    return z
print(modify())
def with_cells():
    c = "cell"
    def inner():
        return c
    return sorted(locals())
print(with_cells())
