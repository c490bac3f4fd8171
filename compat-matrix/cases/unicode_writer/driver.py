import uwriter


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


for over in (False, True):
    print('overallocate', over)
    check(' ascii', lambda: uwriter.build(['abc', 100, b'xyz'], over))
    check(' latin1', lambda: uwriter.build(['caf', 0xe9, bytearray(b'\xe0\xff')], over))
    check(' widen to 2', lambda: uwriter.build(['ab', '\u20ac', 'cd'], over))
    check(' widen to 4', lambda: uwriter.build(['x\xe9', 0x1F600, '\u20ac'], over))
    check(' substring', lambda: uwriter.build([('hello world', 6, 11), ' ', ('\u20acuro', 1, 4)], over))
    check(' substring narrow', lambda: uwriter.build(['ab', ('\u20acxyz', 1, 3)], over))
    check(' whole substring', lambda: uwriter.build([('whole', 0, 5)], over))
    check(' empty', lambda: uwriter.build([], over))
    check(' empty parts', lambda: uwriter.build(['', b'', ('abc', 1, 1)], over))
    check(' single str', lambda: uwriter.build(['only'], over))
    check(' str then more', lambda: uwriter.build(['only', '!', 0x1F40D], over))
    check(' long', lambda: len(uwriter.build(['ab' * 5000, 0x10FFFF, 'cd' * 5000], over)[0]))
    check(' bad part', lambda: uwriter.build([1.5], over))

check('repeat a', lambda: uwriter.repeat(ord('a'), 10))
check('repeat euro', lambda: uwriter.repeat(0x20AC, 3))
check('repeat zero', lambda: uwriter.repeat(ord('a'), 0))
check('repeat astral', lambda: uwriter.repeat(0x1F600, 2))
check('shared', lambda: uwriter.shared('some text'))
check('discard', lambda: uwriter.discard())

check('identifiers', lambda: uwriter.identifiers(3 + 4j))
check('identifiers again', lambda: uwriter.identifiers(2.5))
check('identifiers missing', lambda: uwriter.identifiers('s'))

d = {'a': 1}
check('setdefault present', lambda: uwriter.setdefault(d, 'a', 2))
check('setdefault absent', lambda: uwriter.setdefault(d, 'b', 3))
print('dict', d)
check('setdefault unhashable', lambda: uwriter.setdefault(d, [], 3))
check('clear', lambda: uwriter.clear(d))
print('dict', d)

check('float str', lambda: uwriter.float_from('2.5'))
check('float bytes', lambda: uwriter.float_from(b'-1e3'))
check('float bad', lambda: uwriter.float_from('x1'))
check('float int', lambda: uwriter.float_from(3))
check('long 10', lambda: uwriter.long_from('12345678901234567890', 10))
check('long 16', lambda: uwriter.long_from('ff', 16))
check('long 0', lambda: uwriter.long_from('0o17', 0))
check('long underscores', lambda: uwriter.long_from('1_000', 10))
check('long bad', lambda: uwriter.long_from('12a', 10))
check('long bad base', lambda: uwriter.long_from('1', 40))

check('compare lt', lambda: uwriter.compare('abc', 'abd'))
check('compare eq', lambda: uwriter.compare('\u20ac', '\u20ac'))
check('compare gt', lambda: uwriter.compare('b', 'abc'))
check('compare prefix', lambda: uwriter.compare('ab', 'abc'))
check('compare astral', lambda: uwriter.compare('\U0001f600', '\uffff'))
check('compare bad', lambda: uwriter.compare('a', 1))

check('join', lambda: uwriter.join(', ', ['a', 'b', 'c']))
check('join space', lambda: uwriter.join(None, ('x', 'y')))
check('join bad item', lambda: uwriter.join('-', ['a', 2]))
check('join bad sep', lambda: uwriter.join(5, ['a']))


class Thing:
    cls_attr = 'from class'

    def __getattr__(self, name):
        return 'fallback ' + name


t = Thing()
t.inst = 'from instance'
check('generic instance', lambda: uwriter.generic_getattr(t, 'inst'))
check('generic class', lambda: uwriter.generic_getattr(t, 'cls_attr'))
check('generic missing (no __getattr__)', lambda: uwriter.generic_getattr(t, 'nope'))
check('normal getattr', lambda: getattr(t, 'nope'))

check('hexdigits', lambda: uwriter.hexdigits())
check('cfunc self', lambda: uwriter.cfunc(uwriter.cfunc))
check('cfunc other', lambda: uwriter.cfunc(uwriter.voidptr))
check('cfunc python', lambda: uwriter.cfunc(check))
check('voidptr', lambda: uwriter.voidptr())
