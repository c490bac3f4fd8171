# Function attributes: __name__, __qualname__, __module__, __defaults__, __kwdefaults__, __doc__, __dict__.
def f(a, b=1, *args, c, d=2, **kw):
    "Docstring of f."
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(f.__doc__, type(f).__name__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
class C:
    def m(self): pass
    class Inner:
        def deep(self): pass
def outer():
    def inner(): pass
    return inner
print(C.m.__qualname__, C.Inner.deep.__qualname__, outer().__qualname__, outer().__name__)
f.custom = 42
print(f.custom, f.__dict__)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
f.__doc__ = "new doc"
print(f.__doc__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(f), f.__globals__ is globals(), f.__builtins__ is __builtins__ or isinstance(f.__builtins__, dict))
def g(): pass
g.__dict__["via_dict"] = 1
print(g.via_dict)
g.__kwdefaults__ = {"z": 1}
print(g.__kwdefaults__)
del f.custom
print(hasattr(f, "custom"))
bound = C().m
print(bound.__name__, bound.__qualname__, bound.__func__ is C.m, type(bound.__self__).__name__)
