# A class's __dict__ is a read-only mapping proxy.
class A:
    x = 1
    def f(self): return 2
d = A.__dict__
print(type(d).__name__)
print(d['x'], 'f' in d, 'y' in d, d.get('y', 'none'))
print(sorted(k for k in d.keys() if not k.startswith('__')))
try:
    d['y'] = 2
except TypeError as e:
    print(type(e).__name__, e)
A.y = 5
print(d['y'], 'y' in A.__dict__)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(A().__dict__)
a = A()
a.z = 3
print(a.__dict__, vars(a))
a.__dict__['w'] = 4
print(a.w)
del A.y
print('y' in A.__dict__)
print(type(A.__dict__['f']).__name__)
print(isinstance(A.__dict__, dict))
