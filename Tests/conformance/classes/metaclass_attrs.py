# Metaclass methods and properties are visible on the class, not on its instances.
class Meta(type):
    registry = []
    def describe(cls):
        return 'class ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return 42
    def __repr__(cls):
        return '<Meta-made ' + cls.__name__ + '>'
    def __getattr__(cls, name):
        return 'meta-getattr ' + name
class C(metaclass=Meta):
    own = 'own'
print(C.describe(), C.upper_name, len(C), repr(C), C.own)
print(C.whatever)
c = C()
for name in ['describe', 'upper_name', 'registry']:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(Meta.registry is C.registry)
print(type(C).__name__, type(type(C)).__name__)
print([k.__name__ for k in type(C).__mro__])
print(isinstance(C, Meta), isinstance(c, Meta))
