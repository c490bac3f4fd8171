# gi_running and gi_suspended through a generator's life.
def g():
    print("inside running:", it.gi_running, "suspended:", it.gi_suspended)
    yield 1
    print("inside again:", it.gi_running)
    yield 2

it = g()
print("new:", it.gi_running, it.gi_suspended)
next(it)
print("suspended:", it.gi_running, it.gi_suspended)
next(it)
list(it)
print("done:", it.gi_running, it.gi_suspended)
