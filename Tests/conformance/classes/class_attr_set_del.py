# Setting and deleting class attributes, and on builtin types.
class C:
    a = 1
C.b = 2
setattr(C, 'c', 3)
print(C.a, C.b, C.c, C().b)
del C.a
print(hasattr(C, 'a'), hasattr(C(), 'a'))
try:
    del C.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
for t in (int, list, object):
    try:
        t.new_attr = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
C.method = lambda self: 'added ' + type(self).__name__
print(C().method())
class D(C): pass
print(D().method(), D.b)
C.b = 'changed'
print(D.b)
D.b = 'own'
print(C.b, D.b)
delattr(D, 'b')
print(D.b)
