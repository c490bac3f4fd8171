# __code__ attributes: argument counts, flags-derived facts, names.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a
    local2 = b
    return local1
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals, type(co.co_firstlineno).__name__, co.co_filename.endswith("code_attributes.py"))
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20), g.__code__.co_argcount)
def outer():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
print((lambda q: q).__code__.co_name, (lambda q: q).__code__.co_varnames)
print(type(co).__name__, co.co_qualname)
def h(): return len
print("len" in h.__code__.co_names)
