# Descriptors on metaclasses act on classes; class-level descriptors see (None, cls).
class Described:
    def __get__(self, obj, owner):
        return f'get obj={type(obj).__name__} owner={owner.__name__}'
    def __set__(self, obj, value):
        print('set on', obj.__name__ if isinstance(obj, type) else type(obj).__name__, value)
class Meta(type):
    attr = Described()
class C(metaclass=Meta):
    local = Described()
print(C.attr)
C.attr = 5
print(C.local)
print(C().local)
C().local = 3
print(type(Meta.__dict__['attr']).__name__)
class CountingMeta(type):
    @property
    def instances(cls):
        return cls._count
    def __call__(cls, *a, **k):
        cls._count = getattr(cls, '_count', 0) + 1
        return super().__call__(*a, **k)
class Tracked(metaclass=CountingMeta):
    def __init__(self, v): self.v = v
Tracked(1); Tracked(2)
print(Tracked.instances)
try:
    Tracked.instances = 5
except AttributeError as e:
    print(type(e).__name__, e)
