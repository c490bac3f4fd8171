# abc runs on the _abc accelerator: registration, the positive and negative caches and their
# invalidation, __subclasshook__ results, errors, and collections' sequence/mapping marks.
import abc
import _abc
from collections.abc import Mapping, Sequence, Iterable, Sized

print("accelerated:", abc._abc_init is _abc._abc_init, "_py_abc" in __import__("sys").modules)

def names(refs):
    return sorted(r().__name__ for r in refs)

def dump(cls):
    reg, cache, neg, version = _abc._get_dump(cls)
    return names(reg), names(cache), names(neg), version == abc.get_cache_token()

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def size(self): ...

class Half(Base):
    def run(self):
        return "ran"

class Full(Half):
    size = 3

print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
print(type(Base._abc_impl).__name__, type(Base._abc_impl).__module__)

token = abc.get_cache_token()
print(Base.register(int) is int, abc.get_cache_token() - token)
print(isinstance(3, Base), issubclass(bool, Base), issubclass(str, Base), isinstance(Full(), Base))
print(dump(Base))
# Registering again does not bump the token; registering elsewhere empties negative caches.
print(Base.register(int) is int, abc.get_cache_token() - token)
Base.register(float)
print(dump(Base)[2], issubclass(str, Base), dump(Base)[2], issubclass(float, Base))
_abc._reset_caches(Base)
print(dump(Base))
_abc._reset_registry(Base)
print(issubclass(int, Base), issubclass(float, Base), dump(Base)[0])

class Hook(abc.ABC):
    calls = 0
    @classmethod
    def __subclasshook__(cls, C):
        Hook.calls += 1
        if C is bytes:
            return False
        return True if hasattr(C, "quack") else NotImplemented

class Duck:
    def quack(self): ...

print(issubclass(Duck, Hook), issubclass(Duck, Hook), Hook.calls)
print(issubclass(bytes, Hook), issubclass(bytes, Hook), Hook.calls)
print(isinstance(Duck(), Hook), isinstance(b"", Hook), Hook.calls)

class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)

for call in (lambda: Base.register(3), lambda: issubclass(3, Base), lambda: isinstance(3, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Parent(abc.ABC): pass
class Child(Parent): pass
try:
    Child.register(Parent)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Parent.register(Child) is Child)

# A proxy whose __class__ differs from its type is checked under both.
class Proxy:
    @property
    def __class__(self):
        return int
Parent.register(int)
print(isinstance(Proxy(), Parent), isinstance(Proxy(), int))

# collections.abc: registration makes a class a sequence or mapping for match.
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return (10, 20)[i]
class Map:
    def __getitem__(self, k): return k * 2
    def keys(self): return ["a"]
    def __len__(self): return 1
    def get(self, k, d=None): return k * 2
Sequence.register(Seq)
Mapping.register(Map)
for subject in (Seq(), Map(), [1, 2], {"a": 1}, "ab"):
    match subject:
        case [x, y]:
            print(type(subject).__name__, "sequence", x, y)
        case {"a": v}:
            print(type(subject).__name__, "mapping", v)
        case _:
            print(type(subject).__name__, "neither")
print(issubclass(Seq, Sequence), issubclass(Seq, Iterable), issubclass(Map, Sized), "__abc_tpflags__" in Sequence.__dict__)

# Instantiating a class with abstract methods.
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Full().run(), Full().size)
