# isinstance() also accepts an object whose __class__ attribute names the class (proxies).
class Target:
    pass
class Proxy:
    def __init__(self, wrapped): self._w = wrapped
    @property
    def __class__(self):
        return type(self._w)
p = Proxy(Target())
print(isinstance(p, Target), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
print(issubclass(Proxy, Target))
class Plain: pass
print(isinstance(Plain(), Target), isinstance(Plain(), (Target, Plain)))
class Liar:
    __class__ = int
print(isinstance(Liar(), int), isinstance(Liar(), Liar), Liar().__class__)
