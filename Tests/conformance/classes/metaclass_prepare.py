# __prepare__ supplies the class namespace; its keys arrive in definition order.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, len(bases), sorted(kw))
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print('ns type', type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class C(metaclass=M, extra=1):
    zeta = 1
    alpha = 2
    def method(self): pass
    beta = 3

print(C.order)
print(type(C.__dict__).__name__)

class P(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'injected': 42}
class D(metaclass=P):
    pass
print(D.injected)
print(type.__prepare__('x', ()))
