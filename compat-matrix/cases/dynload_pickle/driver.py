# Driver for CPython's own lib-dynload module _pickle, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _pickle
print('from lib-dynload ->', _pickle.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

    def value(self):
        return b''.join(self.parts)


class Source:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        r = self.data[self.pos:self.pos + n]
        self.pos = self.pos + len(r)
        return r

    def readinto(self, buf):
        r = self.read(len(buf))
        buf[:len(r)] = r
        return len(r)

    def readline(self):
        i = self.data.find(b'\n', self.pos)
        if i < 0:
            i = len(self.data) - 1
        return self.read(i + 1 - self.pos)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(' + repr(self.x) + ', ' + repr(self.y) + ')'


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))

    def __repr__(self):
        return 'Reduced(' + repr(self.v) + ')'


class Stateful:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a, 'extra': 'state'}

    def __setstate__(self, st):
        self.a = st['a'] + 100
        self.extra = st['extra']


class Slotted:
    __slots__ = ('p', 'q')


values = [None, True, False, 0, 1, -1, 255, 256, 65535, 2 ** 31, -2 ** 31 - 1, 2 ** 64, -2 ** 100,
          0.5, -0.0, 1e300, float('inf'), '', 'abc', 'h\xe9llo \u20ac \U0001f600', 'x' * 300,
          b'', b'bytes\x00\xff', b'y' * 300, bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2, [3]]], {}, {'a': 1, 'b': [2]}, {1, 2, 3}, frozenset(['x']), 3 + 4j,
          Ellipsis, NotImplemented, len, Point, slice(1, 5, 2), range(3, 10, 2)]
for proto in range(0, 6):
    for v in values:
        try:
            back = _pickle.loads(_pickle.dumps(v, proto))
            ok = back == v and type(back) is type(v)
            if v != v:
                ok = True
            if not ok:
                print('mismatch', proto, repr(v), repr(back))
        except Exception as e:
            print('proto', proto, repr(v)[:30], '->', type(e).__name__ + ':', str(e))
print('round trips done')

check('dumps int p0', lambda: _pickle.dumps(42, 0))
check('dumps int p2', lambda: _pickle.dumps(42, 2))
check('dumps str p4', lambda: _pickle.dumps('abc', 4))
check('dumps list p3', lambda: _pickle.dumps([1, 'a', None], 3))
check('dumps dict p5', lambda: _pickle.dumps({'k': (1, 2)}, 5))
check('dumps tuple p1', lambda: _pickle.dumps((1, 2.5), 1))
check('dumps bool p2', lambda: _pickle.dumps((True, False), 2))
check('dumps big int p2', lambda: _pickle.dumps(2 ** 70, 2))
check('dumps float p0', lambda: _pickle.dumps(1.25, 0))
check('dumps bytes p3', lambda: _pickle.dumps(b'\x01\x02', 3))
check('dumps set p4', lambda: _pickle.dumps({7}, 4))
check('dumps global p4', lambda: _pickle.dumps(len, 4))
check('default protocol', lambda: _pickle.dumps(None)[:2])
check('highest', lambda: _pickle.dumps(None, -1)[:2])
check('bad protocol', lambda: _pickle.dumps(1, 6))
check('instance', lambda: _pickle.loads(_pickle.dumps(Point(1, 'two'))))
check('instance p0', lambda: _pickle.loads(_pickle.dumps(Point([1], None), 0)))
check('reduce', lambda: _pickle.loads(_pickle.dumps(Reduced(21))))
st = _pickle.loads(_pickle.dumps(Stateful(), 2))
check('setstate', lambda: (st.a, st.extra))
sl = Slotted()
sl.p = 5
sl.q = 'q'
sl2 = _pickle.loads(_pickle.dumps(sl, 2))
check('slots', lambda: (sl2.p, sl2.q))
shared = [1, 2]
obj = [shared, shared, {'s': shared}]
back = _pickle.loads(_pickle.dumps(obj, 2))
check('shared refs', lambda: back[0] is back[1] and back[2]['s'] is back[0])
rec = []
rec.append(rec)
rb = _pickle.loads(_pickle.dumps(rec))
check('recursive list', lambda: rb[0] is rb)
rd = {}
rd['self'] = rd
rdb = _pickle.loads(_pickle.dumps(rd, 0))
check('recursive dict', lambda: rdb['self'] is rdb)
check('lambda', lambda: _pickle.dumps(lambda: 1))
check('local class', lambda: _pickle.dumps(type('Local', (), {})()))


def gen():
    yield 1


check('generator', lambda: _pickle.dumps(gen()))
check('loads garbage', lambda: _pickle.loads(b'garbage'))
check('loads empty', lambda: _pickle.loads(b''))
check('loads truncated', lambda: _pickle.loads(_pickle.dumps([1, 2, 3])[:-3]))
check('loads bad opcode', lambda: _pickle.loads(b'\x80\x04\xff.'))
check('loads str arg', lambda: _pickle.loads('abc'))
check('loads trailing', lambda: _pickle.loads(b'K\x05.extra'))
check('loads bytes p3 latin1', lambda: _pickle.loads(b'U\x03abcq\x00.', encoding='latin1'))
check('loads py2 str bytes', lambda: _pickle.loads(b'U\x03abcq\x00.', encoding='bytes'))
check('loads find class', lambda: _pickle.loads(b'cbuiltins\nlen\n.'))
check('loads missing global', lambda: _pickle.loads(b'cbuiltins\nnosuchthing\n.'))
check('PickleError', lambda: [c.__name__ for c in _pickle.PicklingError.__mro__])
check('UnpicklingError', lambda: [c.__name__ for c in _pickle.UnpicklingError.__mro__])

sink = Sink()
p = _pickle.Pickler(sink, 2)
check('Pickler type', lambda: type(p).__name__)
p.dump([1, 2])
p.dump('second')
check('Pickler output', lambda: sink.value())
check('memo', lambda: len(p.memo.copy()))
p.clear_memo()
src = Source(sink.value())
u = _pickle.Unpickler(src)
check('Unpickler type', lambda: type(u).__name__)
check('Unpickler first', lambda: u.load())
check('Unpickler second', lambda: u.load())
check('Unpickler eof', lambda: u.load())
check('Pickler bad file', lambda: _pickle.Pickler(5))
check('Unpickler bad file', lambda: _pickle.Unpickler(5))


class MyPickler(_pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None


class MyUnpickler(_pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded<' + pid + '>'

    def find_class(self, module, name):
        if name == 'Point':
            return tuple
        return _pickle.Unpickler.find_class(self, module, name)


s2 = Sink()
MyPickler(s2, 2).dump(['plain', 'ext:thing'])
check('persistent', lambda: MyUnpickler(Source(s2.value())).load())
s3 = Sink()
_pickle.Pickler(s3, 0).dump(['ext:x'])
check('no persistent', lambda: MyUnpickler(Source(s3.value())).load())
check('find_class override', lambda: MyUnpickler(Source(_pickle.dumps(Point, 2))).load())
s4 = Sink()
pd = _pickle.Pickler(s4, 4)
pd.dispatch_table = {Point: lambda pt: (tuple, ((pt.x, pt.y),))}
pd.dump(Point(3, 4))
check('dispatch_table', lambda: _pickle.loads(s4.value()))
s5 = Sink()
pf = _pickle.Pickler(s5, 4)
pf.fast = True
pf.dump([1, 2, 3])
check('fast mode', lambda: _pickle.loads(s5.value()))
pb = _pickle.PickleBuffer(b'zero copy')
check('PickleBuffer raw', lambda: bytes(pb.raw()))
buffers = []
data5 = _pickle.dumps(pb, 5, buffer_callback=buffers.append)
check('out-of-band count', lambda: len(buffers))
check('out-of-band load', lambda: bytes(_pickle.loads(data5, buffers=buffers)))
check('out-of-band missing', lambda: _pickle.loads(data5))
check('in-band PickleBuffer', lambda: _pickle.loads(_pickle.dumps(pb, 5)))
pb.release()
check('released PickleBuffer', lambda: pb.raw())
big = []
for i in range(2000):
    big.append((i, str(i), [i] * 3))
for proto in [0, 2, 4, 5]:
    check('big p' + str(proto), lambda: _pickle.loads(_pickle.dumps(big, proto)) == big)
