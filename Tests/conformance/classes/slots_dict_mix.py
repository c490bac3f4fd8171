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
m.__dict__ = {'fresh': 1}
print(m.fresh, m.s, hasattr(m, 'd'))
del m.fresh
print(vars(m), m.s)
class Deeper(Mixed):
    __slots__ = ('t',)
x = Deeper()
x.t, x.s, x.extra = 't', 's', 'e'
print(x.t, x.s, x.extra, vars(x), sorted(n for n in dir(x) if not n.startswith('__')))
del x.s
try:
    x.s
except AttributeError as e:
    print(type(e).__name__, e)
class LooseChild(Loose):
    pass
lc = LooseChild()
lc.a = 'slot a'
lc.b = 'dict b'
print(lc.a, lc.__dict__, Base.a.__get__(lc))
