# __set_name__ is called on class creation, with the owner and attribute name.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.owner = owner
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value

class Model:
    first = Field()
    second = Field()
    plain = 3

m = Model()
print(m.first, m.second)
m.first = 'a'
print(m.first, m.second, Model.first.name, Model.first.owner.__name__)
late = Field()
Model.third = late
print(hasattr(late, 'name'))

class Other:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class Broken:
        x = Other()
except Exception as e:
    print(type(e).__name__, e)

T = type('T', (), {'f': Field()})
print(T.f.name)
