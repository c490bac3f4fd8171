# Which RecursionError message CPython gives depends on which check trips first: Python frames,
# one-argument builtins ("while calling a Python object") or repr ("while getting the repr").
def at_depth(n, fn):
    return fn() if n == 0 else at_depth(n - 1, fn)
def message(fn):
    try:
        fn()
    except RecursionError as e:
        return str(e)
class R:
    def __repr__(self):
        return repr(self)
class H:
    def __hash__(self):
        return hash(self)
class A:
    def __abs__(self):
        return abs(self)
class P:
    def m(self):
        return self.m()
for name, fn in [("repr", lambda: repr(R())), ("hash", lambda: hash(H())), ("abs", lambda: abs(A())), ("method", lambda: P().m())]:
    for depth in range(4):
        print(name, depth, at_depth(depth, lambda: message(fn)))
nested = []
for _ in range(5000):
    nested = [nested]
print(message(lambda: repr(nested)))
