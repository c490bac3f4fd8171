# Custom __hash__/__eq__ objects as dict keys and set members.
class Key:
    def __init__(self, name, h): self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print('eq', self.name, o.name if isinstance(o, Key) else o)
        return isinstance(o, Key) and self.name == o.name
    def __repr__(self): return self.name
d = {}
d[Key('a', 1)] = 1
d[Key('b', 1)] = 2
print(len(d))
print(d[Key('b', 1)])
print(Key('a', 1) in d, Key('c', 1) in d)
s = {Key('x', 5), Key('x', 5)}
print(len(s))
class IntLike:
    def __hash__(self): return hash(3)
    def __eq__(self, o): return o == 3
print({3: 'three'}[IntLike()], IntLike() in {3})
k = Key('same', 7)
print({k: 1}[k])
