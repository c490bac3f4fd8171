# property with getter, setter and deleter via decorators.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('del')
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.__get__(None, Temp) is p)
print(p.__get__(t, Temp))
t.__dict__['celsius'] = 'shadow'
print(t.celsius)
