# Subclasses of builtin types with overridden and added methods.
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'mine'
    def append(self, v):
        super().append(v * 2)
    def total(self):
        return sum(self)
l = MyList([1, 2])
l.append(5)
print(l, l.total(), l.tag, len(l), type(l).__name__, isinstance(l, list))
print(l + [0], type(l + [0]).__name__)
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = MyDict(a=1)
print(d['A'], d.get('A'), 'a' in d, dict(d))
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 100)
    def double(self):
        return self * 2
m = MyInt(5)
print(m + 1, type(m + 1).__name__, m.double(), type(m.double()).__name__, m == 5, hash(m) == hash(5))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi')
print(s.shout(), s + 'x', type(s + 'x').__name__, s == 'hi', len(s), s[0])
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__, p == (3, 4))
class MyFloat(float):
    def __repr__(self): return 'MyFloat(' + super().__repr__() + ')'
print(repr(MyFloat(1.5)), MyFloat(1.5) + 1)
class MyExc(ValueError):
    def __init__(self, code):
        super().__init__('code ' + str(code))
        self.code = code
try:
    raise MyExc(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
