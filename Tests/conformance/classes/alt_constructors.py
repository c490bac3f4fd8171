# __new__ patterns: singletons, caching, returning other types, alternative constructors.
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self):
        print('init runs every time')
a = Singleton(); b = Singleton()
print(a is b)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            obj = super().__new__(cls)
            obj.key = key
            cls.cache[key] = obj
        return cls.cache[key]
print(Cached(1) is Cached(1), Cached(1) is Cached(2), Cached(2).key)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date): pass
print(Date.from_string('2024-01-02'), MyDate.from_string('1999-12-31'))
class Manual:
    def __init__(self, v): self.v = v
m = Manual.__new__(Manual)
print(hasattr(m, 'v'))
Manual.__init__(m, 3)
print(m.v)
class Other:
    def __new__(cls, *args):
        return list(args)
print(Other(1, 2), type(Other(1)).__name__)
class SubNew(Manual):
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.pre = 'pre'
        return inst
s = SubNew(9)
print(s.pre, s.v)
