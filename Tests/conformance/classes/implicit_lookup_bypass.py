# Implicit special-method lookups bypass __getattr__ and __getattribute__.
class Dyn:
    def __getattr__(self, name):
        print('getattr', name)
        if name == '__len__':
            return lambda: 5
        raise AttributeError(name)
d = Dyn()
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
print(d.__len__())
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
class Intercept:
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 2
    def __repr__(self):
        return 'Intercept()'
i = Intercept()
print(len(i), repr(i), str(i))
print(i.__len__())
try:
    with Dyn():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
