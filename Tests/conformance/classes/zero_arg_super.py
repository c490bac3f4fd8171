# Zero-argument super() in methods, classmethods, __new__ and nested functions.
class A:
    def __init__(self):
        self.trail = ['A']
    def hello(self):
        return 'A.hello'
    @classmethod
    def make(cls):
        return 'A.make(' + cls.__name__ + ')'
    @staticmethod
    def stat():
        return 'A.stat'
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append('B')
    def hello(self):
        return 'B>' + super().hello()
    @classmethod
    def make(cls):
        return 'B>' + super().make()
    def stat_via_super(self):
        return super().stat()
    def lam(self):
        f = lambda: super(B, self).hello()
        return f()
class C(B):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created = True
        return obj
    def hello(self):
        return 'C>' + super().hello()
c = C()
print(c.trail, c.created, c.hello(), C.make(), c.stat_via_super(), c.lam())
print(B().hello(), B.make())
class D(A):
    def uses_class(self):
        return __class__.__name__
print(D().uses_class())
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class E(A):
    def m(self):
        def inner():
            return super().hello()
        return inner()
try:
    E().m()
except RuntimeError as e:
    print(type(e).__name__, e)
