# Names in a class body: not visible inside methods, visible to later statements.
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    items = [i for i in range(3)]
    doubled = [x for _ in range(1)]
print(C.y, C().method(), C.items, C.doubled)
def outer():
    v = 'enclosing'
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())
class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
a, b = Counter(), Counter()
print(a.bump(), a.bump(), b.bump(), Counter.count, a.__dict__)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
class Deleted:
    tmp = 1
    del tmp
print(hasattr(Deleted, 'tmp'))
try:
    class Bad:
        print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
