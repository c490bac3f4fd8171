# dir() uses __dir__ from the type and sorts its result.
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
    def __init__(self):
        self.inst = 0
names = dir(B())
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, '__dict__' in names)
print([n for n in dir(B) if not n.startswith('__')])
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
class Tuple:
    def __dir__(self):
        return ('b', 'a')
print(dir(Tuple()))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__, e)
