# Decorators: stacking order, decorators with arguments, wraps-like attribute copying.
log = []
def deco(name):
    def wrap(fn):
        log.append("apply " + name)
        def inner(*a, **k):
            log.append("call " + name)
            return fn(*a, **k)
        inner.__name__ = fn.__name__ + "_" + name
        return inner
    return wrap
@deco("outer")
@deco("inner")
def target(x):
    return x * 2
print(log)
log.clear()
print(target(3), log, target.__name__)
def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
def hello(who):
    return "hi " + who
print(hello("bob"))
def identity(fn): return fn
@identity
def same(): return "same"
print(same.__name__, same())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): pass
@register
def beta(): pass
print(sorted(registry))
def wraps(original):
    def copy(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__wrapped__ = original
        return wrapper
    return copy
def traced(fn):
    @wraps(fn)
    def w(*a, **k):
        return ("traced", fn(*a, **k))
    return w
@traced
def doc_fn(a, b=1):
    "The docstring."
    return a + b
print(doc_fn(1), doc_fn.__name__, doc_fn.__qualname__, doc_fn.__doc__, doc_fn.__wrapped__(5))
@(lambda f: f.__name__.upper())
def replaced(): pass
print(replaced)
class Deco:
    def __init__(self, fn): self.fn = fn
    def __call__(self, *a): return ("Deco", self.fn(*a))
@Deco
def via_class(x): return x
print(via_class(9))
