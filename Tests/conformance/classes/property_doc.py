# property docs: taken from the getter, kept by .setter, renewed by .getter when they came from the old getter.
class C:
    @property
    def a(self):
        "doc a"
        return 1
    @a.setter
    def a(self, v):
        "setter doc ignored"
    b = property(lambda s: 2, doc='explicit b')
    @b.getter
    def b(self):
        "new getter doc"
        return 3
    @property
    def c(self):
        "first"
        return 0
    @c.getter
    def c(self):
        "second"
        return 5
print(C.a.__doc__, C.b.__doc__, C.c.__doc__, C().b, C().c)
p = property()
print(p.__doc__, p.fget)
class D:
    x = property(doc='only doc')
print(D.x.__doc__)
try:
    D().x
except AttributeError as e:
    print(e)
print(type(C.a).__name__, C.a.fset.__name__)
