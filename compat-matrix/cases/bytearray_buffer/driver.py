import ba_buf


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


b = bytearray(b'hello world')
check('fill', lambda: ba_buf.fill(b, 42, 6))
print('after fill', b)
check('describe', lambda: ba_buf.describe(b))
b[0] = 72
b.extend(b'!!')
check('describe after Python writes', lambda: ba_buf.describe(b))
check('fill bytes', lambda: ba_buf.fill(b'abc', 1))
check('fill str', lambda: ba_buf.fill('abc', 1))
check('fill int', lambda: ba_buf.fill(3, 1))
empty = bytearray()
check('fill empty', lambda: ba_buf.fill(empty, 1))
check('describe empty', lambda: ba_buf.describe(empty))
check('describe bytes', lambda: ba_buf.describe(b'x'))

m = ba_buf.make('abc', 5)
print('make', m, len(m), type(m).__name__)
m.append(33)
check('describe made', lambda: ba_buf.describe(m))
k = ba_buf.blank(4)
print('blank', k)
check('blank negative', lambda: ba_buf.blank(-1))

r = bytearray(b'0123456789')
check('resize shrink', lambda: ba_buf.resize(r, 4))
print('after shrink', r)
check('resize grow', lambda: ba_buf.resize(r, 6))
print('grown length', len(r), r[:4])
check('resize bytes', lambda: ba_buf.resize(b'x', 1))

check('concat', lambda: ba_buf.concat(b'ab', bytearray(b'cd')))
check('concat bad', lambda: ba_buf.concat(b'ab', 5))
check('from_object', lambda: ba_buf.from_object([1, 2, 3]))
check('from_object bytes', lambda: ba_buf.from_object(b'xyz'))

h = bytearray(b'abcdef')
check('hold', lambda: ba_buf.hold(h))
check('append while held', lambda: h.append(1))
check('extend while held', lambda: h.extend(b'xy'))
check('pop while held', lambda: h.pop())
check('clear while held', lambda: h.clear())
check('insert while held', lambda: h.insert(0, 65))
check('remove while held', lambda: h.remove(98))


def iadd():
    global h
    h += b'z'


def del_item():
    del h[0]


def grow_slice():
    h[0:1] = b'xyz'


def same_slice():
    h[0:1] = b'Q'


check('+= while held', iadd)
check('del while held', del_item)
check('slice grow while held', grow_slice)
check('slice same size while held', same_slice)
check('C resize while held', lambda: ba_buf.resize(h, 2))
check('C resize same size while held', lambda: ba_buf.resize(h, 6))
print('still', h)
check('poke', lambda: ba_buf.poke(1, 66))
print('Python sees poke', h)
h[2] = 67
check('C sees Python write', lambda: ba_buf.peek(2))
check('release', lambda: ba_buf.release())
h.append(103)
print('append after release', h)
check('hold bytes', lambda: ba_buf.hold(b'abc'))


def callback(x):
    print('callback sees', x)
    x[1] = 80
    return None


c = bytearray(b'xyz')
check('call_with', lambda: ba_buf.call_with(callback, c))
print('final', c)
