# property objects: constructor keywords, doc inheritance, copying, subclassing property.
def getx(self):
    "getter doc"
    return self._x
def setx(self, v):
    self._x = v
p = property(getx, setx)
print(p.__doc__)
p2 = property(fget=getx, doc='explicit')
print(p2.__doc__)
p3 = p.setter(lambda self, v: None)
print(p3 is p, p3.fget is p.fget, p3.__doc__)
class C:
    x = p
c = C()
c.x = 9
print(c.x, c._x)
class LoudProperty(property):
    def __get__(self, obj, objtype=None):
        print('loud get')
        return super().__get__(obj, objtype)
class D:
    @LoudProperty
    def v(self):
        return 'value'
print(D().v)
print(type(D.__dict__['v']).__name__)
class E:
    @property
    def fails(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(E().fails)
print(isinstance(p, property), property.__name__)
