# __del__ runs when the last reference goes away (simple cases).
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('del', self.name)
a = Noisy('a')
del a
print('after del a')
b = Noisy('b')
b = None
print('after rebinding b')
def scope():
    c = Noisy('c')
    print('in scope')
scope()
print('after scope')
items = [Noisy('d'), Noisy('e')]
items.clear()
print('after clear')
