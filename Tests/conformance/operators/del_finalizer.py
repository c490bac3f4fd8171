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
items = [Noisy('d')]
items.clear()
print('after clear')
class Failing:
    def __del__(self):
        print('failing del runs')
        raise ValueError('ignored')
f = Failing()
del f
print('still running')
class Sub(Noisy):
    pass
s = Sub('sub')
s = 1
print('end')
def plain():
    return 'plain function'
t = Noisy('before plain call')
del t
print(plain())
