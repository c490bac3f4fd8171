# __class_getitem__ is an implicit classmethod; a metaclass __getitem__ wins.
class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Box[int])
print(Box[1, 2])
class Sub(Box): pass
print(Sub['x'])
print(type(Box.__dict__['__class_getitem__']).__name__)

class Meta(type):
    def __getitem__(cls, item):
        return 'meta ' + str(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class ' + str(item)
print(Both[5])

class Nothing: pass
try:
    Nothing[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box()[1]
except TypeError as e:
    print(type(e).__name__, e)

