# callable() on functions, classes, instances with/without __call__, builtins, methods.
class A:
    def m(self): pass
class C:
    def __call__(self): return 1
print(callable(len), callable(A), callable(A()), callable(C()), callable(A().m))
print(callable(lambda: 0), callable(1), callable("s"), callable(None), callable(print))
print(callable(str.upper), callable([].append), callable(type))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
