# Private names (__x) in class bodies and methods are mangled to _Class__x.
class Account:
    __rate = 0.5
    def __init__(self, owner):
        self.__owner = owner
        self.__dunder__ = 'not mangled'
    def __secret(self):
        return 'secret of ' + self.__owner
    def reveal(self):
        return self.__secret(), Account.__rate, self.__dunder__
a = Account('ann')
print(a.reveal())
print(sorted(k for k in vars(a)))
print(sorted(k for k in Account.__dict__ if 'rate' in k or 'secret' in k))
print(a._Account__owner, a._Account__secret(), Account._Account__rate)
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, '__owner', 'strings are not mangled'))
class Savings(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return 'AttributeError ' + str(e)
print(Savings('bob').peek(), Savings('bob')._Account__owner)
class _Under:
    def __init__(self): self.__v = 1
print(vars(_Under()))
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner.__name__
print(Outer().make(), hasattr(Outer, '_Outer__Inner'))
def use_kw(**kw): return sorted(kw)
class K:
    def call(self):
        return use_kw(__a=1)
print(K().call())
print(Account.__init__.__code__.co_names if hasattr(Account.__init__, '__code__') else '')
