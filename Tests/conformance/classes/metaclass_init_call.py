# Metaclass __init__ and __call__ run at the right moments with the right arguments.
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', mcls.__name__, name, tuple(b.__name__ for b in bases), sorted(kw)))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name, sorted(kw)))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(('call', cls.__name__, args, sorted(kwargs)))
        obj = super().__call__(*args, **kwargs)
        log.append(('made', type(obj).__name__))
        return obj

class Base(metaclass=Meta, flag=True):
    def __init__(self, v, w=0):
        self.v = v + w

b = Base(3, w=4)
print(b.v)
for entry in log:
    print(entry)
log.clear()
class Derived(Base):
    pass
d = Derived(1)
print(d.v)
for entry in log:
    print(entry)
