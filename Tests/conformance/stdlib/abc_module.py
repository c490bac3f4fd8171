# abc: abstract methods, registration, subclass hooks.
import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Mallard:
    def quack(self):
        pass
print(issubclass(Mallard, Duck), isinstance(3, Duck))
class Reg(abc.ABC):
    pass
Reg.register(int)
print(issubclass(int, Reg), isinstance(5, Reg), issubclass(str, Reg))
class Meta(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def name(self):
        ...
print(Meta.__abstractmethods__, type(Meta).__name__)
print(isinstance(abc.get_cache_token(), int))
