# A subclass without __slots__ of a slotted class: slot values stay out of __dict__.
class Base:
    __slots__ = ('a',)
class Loose(Base):
    pass
l = Loose()
l.a = 1
l.other = 2
print(l.a, l.other, l.__dict__)
print(sorted(vars(l)))
class Mixed:
    __slots__ = ('s', '__dict__')
m = Mixed()
m.s = 'slot'
m.d = 'dict'
print(m.s, m.d, m.__dict__)
