class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
    @staticmethod
    def create():
        return Dog("Rex", "lab")
    @classmethod
    def kind_of(cls):
        return cls.kind + "/" + cls.__name__
    @property
    def title(self):
        return self.name.upper()
d = Dog("Fido", "beagle")
print(d.speak(), d.breed, d.kind, Dog.kind_of(), Dog.create().name, d.title, repr(Animal("x")))
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__, Dog.__bases__)
m = d.speak
print(m(), Dog.speak(d))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k
    def __bool__(self):
        return bool(self.x or self.y)
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p != Point(0, 0), len(p), p[1], list(p), 6 in p, p(10), bool(Point(0, 0)), {p: "v"}[Point(4, 6)])
print([str(q) for q in sorted([Point(2, 1), Point(1, 5)])], str(p), max([Point(1, 1), Point(0, 9)]))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class Base:
    def hello(self):
        return "base"
class Mixin:
    def hello(self):
        return "mixin+" + super().hello()
class Child(Mixin, Base):
    pass
print(Child().hello(), [c.__name__ for c in Child.__mro__])
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
t = Temp()
t.celsius = 25
print(t.celsius, t.__dict__, hasattr(t, "nope"), getattr(t, "_c"))
setattr(t, "extra", 1)
delattr(t, "extra")
print(vars(t))
class WithClassAttr:
    items = []
    def add(self, v):
        self.items.append(v)
a1, a2 = WithClassAttr(), WithClassAttr()
a1.add(1); a2.add(2)
print(WithClassAttr.items)
class Plain:
    pass
o = Plain()
print(str(o).startswith("<__main__.Plain object at 0x"), Plain.__name__, Plain.__qualname__, Plain.__module__)
class Meta(type):
    pass
class UsesMeta(metaclass=Meta):
    pass
print(type(UsesMeta).__name__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), ml[0], isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"])
class Slots:
    def __getattr__(self, name):
        return "dyn_" + name
print(Slots().anything)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner().__class__.__name__)
