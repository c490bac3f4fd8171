# isinstance/issubclass with a class-like object defining __instancecheck__ on its type.
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 0
    def __subclasscheck__(self, cls):
        return cls is bool
positive = Checker()
print(isinstance(5, positive), isinstance(-1, positive), isinstance('x', positive))
print(issubclass(bool, positive), issubclass(int, positive))
print(isinstance(3, (str, positive)))
class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith('Good')
class Iface(metaclass=Meta): pass
class GoodImpl: pass
class BadImpl: pass
print(issubclass(GoodImpl, Iface), issubclass(BadImpl, Iface), isinstance(GoodImpl(), Iface))
