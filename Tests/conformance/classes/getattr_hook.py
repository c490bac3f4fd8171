# __getattr__ is called only when normal lookup fails.
class Lazy:
    cls_attr = 'class'
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('no_'):
            raise AttributeError(name)
        return name.upper()
l = Lazy()
print(l.real, l.cls_attr, l.virtual)
print(getattr(l, 'other'))
print(hasattr(l, 'no_thing'))
try:
    l.no_way
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, 'no_x', 'default'))
l.virtual = 'set'
print(l.virtual)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
    def __getattr__(self, name):
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1))
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)
