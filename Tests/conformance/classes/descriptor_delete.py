# __delete__ and deletion of attributes through descriptors and dicts.
class Managed:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        try:
            return self.store[id(obj)]
        except KeyError:
            raise AttributeError('managed value not set') from None
    def __set__(self, obj, value):
        self.store[id(obj)] = value
    def __delete__(self, obj):
        print('deleting')
        del self.store[id(obj)]
class C:
    m = Managed()
c = C()
c.m = 10
print(c.m)
del c.m
try:
    c.m
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.m
except KeyError as e:
    print(type(e).__name__)
c.plain = 1
del c.plain
try:
    del c.plain
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.never
except AttributeError as e:
    print(type(e).__name__, e)
class NoDelete:
    def __get__(self, obj, t=None): return 1
    def __set__(self, obj, v): pass
class D:
    x = NoDelete()
try:
    del D().x
except AttributeError as e:
    print(type(e).__name__, e)
