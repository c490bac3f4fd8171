# __getattribute__ intercepts every lookup; object.__getattribute__ is the default.
class Logged:
    cls_attr = 'C'
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('getattribute', name)
        if name == 'secret':
            raise AttributeError('no secret')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
    def method(self):
        return 'm'
o = Logged()
print(o.a)
print(o.cls_attr)
print(o.method())
print(o.secret)
print(o.missing)
print(type(o).__name__)
class Fixed:
    def __getattribute__(self, name):
        return 'always'
f = Fixed()
print(f.anything, f.__class__)
print(object.__getattribute__(f, '__class__').__name__)
class Desc:
    def __get__(self, o, t=None): return 'desc'
    def __set__(self, o, v): pass
class WithDesc:
    d = Desc()
w = WithDesc()
w.__dict__['d'] = 'inst'
print(object.__getattribute__(w, 'd'))
try:
    object.__getattribute__(w, 'zzz')
except AttributeError as e:
    print(type(e).__name__, e)
