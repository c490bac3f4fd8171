# A realistic mix: descriptors with a metaclass, class iteration, slotted vectors, properties, subclass hooks.
class Field:
    def __init__(self, default=None): self.default = default
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value): obj.__dict__[self.name] = value
class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = {**getattr(cls, '_fields', {}), **fields}
        return cls
    def __repr__(cls): return f'<model {cls.__name__}>'
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items(): setattr(self, k, v)
    def __repr__(self):
        return f'{type(self).__name__}(' + ', '.join(f'{k}={getattr(self, k)!r}' for k in self._fields) + ')'
    def __eq__(self, o):
        return type(self) is type(o) and all(getattr(self, k) == getattr(o, k) for k in self._fields)
class User(Model):
    name = Field('anon')
    age = Field(0)
class Admin(User):
    level = Field(1)
u = User(name='bob')
print(u, Admin(age=3), User, Admin._fields.keys(), u == User(name='bob'), u != User())
try:
    hash(u)
except TypeError as e: print(e)
class Enumish(type):
    def __iter__(cls): return iter(v for k, v in vars(cls).items() if not k.startswith('_'))
    def __len__(cls): return sum(1 for _ in cls)
    def __contains__(cls, v): return v in list(cls)
class Color(metaclass=Enumish):
    RED = 1
    GREEN = 2
print(list(Color), len(Color), 2 in Color, 5 in Color)
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s, s.peek(), s.pop(), len(s))
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __iter__(self): yield self.x; yield self.y
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
v = Vec(3, 4)
print(v + v, 2 * v, v * 2, abs(v), list(v), {v, Vec(3, 4)}, bool(Vec(0, 0)), tuple(v))
x, y = v
print(x, y, sum(v), max(v), sorted(v, reverse=True))
class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v): self._c = v
    c = property(_get, _set, doc='celsius')
    f = property(lambda s: s._c * 9 / 5 + 32)
t = Temp(); t.c = 100
print(t.c, t.f, Temp.c.__doc__)
class Base:
    def __init_subclass__(cls, prefix='', **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__
class A(Base, prefix='x_'): pass
class B(A): pass
print(A.tag, B.tag)
