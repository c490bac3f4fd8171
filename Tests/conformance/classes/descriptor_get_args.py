# __get__ receives (instance, owner) or (None, owner); __set__ and __delete__ get the instance.
class Spy:
    def __get__(self, obj, objtype=None):
        print('get', type(obj).__name__, objtype.__name__ if objtype else objtype)
        return 42
    def __set__(self, obj, value):
        print('set', type(obj).__name__, value)
    def __delete__(self, obj):
        print('delete', type(obj).__name__)
class C:
    a = Spy()
class D(C): pass
print(C.a)
print(C().a)
print(D().a)
D().a = 1
del D().a
print(D.__dict__.get('a'), type(C.__dict__['a']).__name__)
C.a = 'replaced'
print(C.a, D().a)
