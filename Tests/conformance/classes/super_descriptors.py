# super() with properties, data descriptors, class attributes and __getattr__.
class Base:
    label = 'base label'
    @property
    def value(self):
        return 'base value'
    @value.setter
    def value(self, v):
        print('base setter', v)
    def __getattr__(self, name):
        return 'base getattr ' + name
class Child(Base):
    label = 'child label'
    @property
    def value(self):
        return 'child value / ' + super().value
    @value.setter
    def value(self, v):
        print('child setter', v)
        Base.value.fset(self, v)
    def parent_label(self):
        return super().label
    def parent_missing(self):
        try:
            return super().nothing_here
        except AttributeError as e:
            return 'AttributeError ' + str(e)
c = Child()
print(c.value)
c.value = 5
print(c.parent_label(), c.label)
print(c.parent_missing())
print(c.other)
try:
    super(Child, c).value = 1
except AttributeError as e:
    print(type(e).__name__, e)
