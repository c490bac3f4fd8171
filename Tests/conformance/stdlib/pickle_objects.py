# pickle and copy of instances of Python classes at every protocol: instance dicts, __slots__,
# __getnewargs__(_ex__), __getstate__/__setstate__, __reduce__, list/dict/int subclasses,
# nested and shared references, and the errors for unpicklable objects.
import copy
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return 'Slots(%r, %s)' % (self.a, getattr(self, 'b', '<unset>'))


class Frozen:
    def __new__(cls, value, *, scale=1):
        self = object.__new__(cls)
        self.value = value * scale
        return self

    def __getnewargs_ex__(self):
        return ((self.value,), {'scale': 1})

    def __repr__(self):
        return 'Frozen(%r)' % self.value


class Counter:
    def __init__(self):
        self.n = 0
        self.cache = 'dropped'

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        self.n = state['n'] + 100

    def __repr__(self):
        return 'Counter(%r, %r)' % (self.n, getattr(self, 'cache', None))


class Custom:
    def __init__(self, tag):
        self.tag = tag

    def __reduce__(self):
        return (Custom, (self.tag.upper(),))

    def __repr__(self):
        return 'Custom(%r)' % self.tag


class Bag(list):
    pass


class Table(dict):
    pass


class Num(int):
    pass


def roundtrip(label, obj):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            back = pickle.loads(pickle.dumps(obj, proto))
            print(label, proto, '->', repr(back), type(back).__name__)
        except Exception as e:
            print(label, proto, '->', type(e).__name__ + ':', e)


roundtrip('Point', Point(1, [2, 3]))
s = Slots(5)
roundtrip('Slots', s)
s.b = 'b'
roundtrip('Slots both', s)
roundtrip('Frozen', Frozen(3, scale=2))
c = Counter()
c.n = 4
roundtrip('Counter', c)
roundtrip('Custom', Custom('x'))
bag = Bag([1, 2])
bag.label = 'l'
roundtrip('Bag', bag)
print('Bag label', pickle.loads(pickle.dumps(bag, 2)).label)
roundtrip('Table', Table(a=1))
roundtrip('Num', Num(9))

shared = Point(0, 0)
pair = [shared, shared]
back = pickle.loads(pickle.dumps(pair, 2))
print('shared identity', back[0] is back[1], back)
cyc = Point(1, None)
cyc.y = cyc
back = pickle.loads(pickle.dumps(cyc))
print('cycle', back.y is back)

for label, fn in [('copy Point', lambda: copy.copy(Point(1, [2]))), ('deepcopy Point', lambda: copy.deepcopy(Point(1, [2]))),
                  ('copy Slots', lambda: copy.copy(s)), ('deepcopy Counter', lambda: copy.deepcopy(c)),
                  ('copy Frozen', lambda: copy.copy(Frozen(2))), ('copy Custom', lambda: copy.copy(Custom('q'))),
                  ('deepcopy Bag', lambda: copy.deepcopy(bag))]:
    r = fn()
    print(label, '->', repr(r), type(r).__name__)
orig = Point([1], [2])
dup = copy.deepcopy(orig)
print('deepcopy independent', dup.x is not orig.x, dup == orig)
print('copy shallow', copy.copy(orig).x is orig.x)

for label, obj in [('generator', (i for i in ())), ('module', copy)]:
    try:
        pickle.dumps(obj)
        print(label, 'pickled')
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
try:
    copy.copy((i for i in ()))
except TypeError as e:
    print('copy generator ->', e)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print('lambda ->', type(e).__name__, 'attribute lookup <lambda> on __main__ failed' in str(e))
for f in (len, max, [].append, {}.get, str.upper, int.from_bytes, dict.fromkeys):
    back = pickle.loads(pickle.dumps(f))
    print('builtin', f.__name__, '->', type(back).__name__, back.__name__, back('ab') if f is str.upper else '')
