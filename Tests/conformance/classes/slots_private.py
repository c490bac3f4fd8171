# Private slot names are mangled like private attributes; slot names must be identifiers.
class Account:
    __slots__ = ('__balance', 'owner')
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def balance(self):
        return self.__balance
a = Account('ann', 10)
print(a.balance(), a.owner, a._Account__balance)
print(sorted(k for k in Account.__dict__ if 'balance' in k))
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
class _Hidden:
    __slots__ = ('__v',)
print(sorted(k for k in _Hidden.__dict__ if 'v' in k and not k.startswith('__')))
for bad in [('1a',), ('a b',), ('',)]:
    try:
        type('Bad', (), {'__slots__': bad})
    except TypeError as e:
        print(type(e).__name__, e)
