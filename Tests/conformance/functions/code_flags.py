# Code object flags, local/cell name lists and other attributes match CPython 3.11's.
def a(): pass
def b(*x, **y): pass
def c():
    v = 1
    def d(): return v
    return d
def g(): yield
async def co(): pass
async def ag(): yield
print(a.__code__.co_flags, b.__code__.co_flags, c.__code__.co_flags, c().__code__.co_flags, g.__code__.co_flags, co.__code__.co_flags, ag.__code__.co_flags, (lambda: 0).__code__.co_flags)
print(compile("x", "s", "exec").co_flags, compile("x", "s", "eval").co_flags)
print(a.__code__.co_stacksize > 0, a.__code__.co_consts, type(a.__code__.co_code).__name__, a.__code__.co_lnotab is not None)
print(a.__code__.co_positions is not None, a.__code__.co_linetable is not None, c.__code__.co_nlocals, b.__code__.co_nlocals)
def c(a, v):
    w = 1
    x = 2
    def d(): return v + w
    return d
print(c.__code__.co_varnames, c.__code__.co_cellvars, c.__code__.co_nlocals)
