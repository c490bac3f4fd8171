# Data descriptors beat the instance dict; the instance dict beats non-data descriptors.
class Data:
    def __get__(self, obj, objtype=None):
        return 'data-get' if obj is not None else 'data-class'
    def __set__(self, obj, value):
        print('data-set', value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata-get' if obj is not None else 'nondata-class'
class SetOnly:
    def __set__(self, obj, value):
        print('setonly-set', value)
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
c = C()
print(c.d, c.n, C.d, C.n)
c.__dict__['d'] = 'inst-d'
c.__dict__['n'] = 'inst-n'
print(c.d, c.n)
c.d = 5
c.n = 6
print(c.d, c.n, c.__dict__)
c.s = 7
print(type(c.s).__name__)
c.__dict__['s'] = 'inst-s'
print(c.s)
del c.n
print(c.n)
