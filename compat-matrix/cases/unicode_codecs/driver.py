import ucodecs


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('dec utf-8 default', lambda: ucodecs.dec(b'h\xc3\xa9'))
check('dec latin-1', lambda: ucodecs.dec(b'h\xe9', 'latin-1'))
check('dec strict error', lambda: ucodecs.dec(b'a\xffb', 'utf-8'))
check('dec replace', lambda: ucodecs.dec(b'a\xffb', 'utf-8', 'replace'))
check('dec ignore', lambda: ucodecs.dec(b'a\xffb', 'ascii', 'ignore'))
check('dec unknown', lambda: ucodecs.dec(b'a', 'no-such-codec'))
# (UTF-16/32/7 and the escape codecs: case unicode_codecs_more.)
for which, data in [('a', b'abc'), ('a', b'ab\x80'), ('l', b'\xe9\xff'), ('f', b'caf\xc3\xa9'), ('F', b'path')]:
    check('dec_fixed ' + which + ' ' + repr(data), lambda: ucodecs.dec_fixed(which, data))
check('dec_fixed ascii replace', lambda: ucodecs.dec_fixed('a', b'a\xff', 'replace'))
for data in [b'abc', b'ab\xc3', b'ab\xe2\x82', b'ab\xe2\x82\xac', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80x', b'']:
    check('stateful ' + repr(data), lambda: ucodecs.dec_stateful(data))
check('stateful invalid', lambda: ucodecs.dec_stateful(b'a\xffb'))
for which in 'fl':
    check('enc ' + which, lambda: ucodecs.enc(which, 'a\xe9\u20ac'))
check('enc not str', lambda: ucodecs.enc('6', 5))
check('from_encoded bytes', lambda: ucodecs.from_encoded(b'\xc3\xa9'))
check('from_encoded bytearray latin', lambda: ucodecs.from_encoded(bytearray(b'\xe9'), 'latin-1'))
check('from_encoded str', lambda: ucodecs.from_encoded('x'))
check('from_encoded int', lambda: ucodecs.from_encoded(5))


class S(str):
    pass


check('from_object str', lambda: ucodecs.from_object('abc'))
check('from_object subclass', lambda: (lambda r: (r[0], type(r[0]).__name__, r[1]))(ucodecs.from_object(S('sub'))))
check('from_object int', lambda: ucodecs.from_object(5))
check('ucs4', lambda: ucodecs.ucs4('a\u20ac\U0001f600'))
check('ucs4 long', lambda: ucodecs.ucs4('abcdef'))
check('wide', lambda: ucodecs.wide('w\xefde \U0001f600!'))
check('misc', lambda: ucodecs.misc('one two three'))
check('misc identifier', lambda: ucodecs.misc('ident_1')[1])


class P:
    def __fspath__(self):
        return '/from/fspath'


check('fs_paths', lambda: ucodecs.fs_paths('caf\xe9', b'/bytes/path'))
check('fs_paths pathlike', lambda: ucodecs.fs_paths(P(), P()))
check('fs_paths bad', lambda: ucodecs.fs_paths(5, 'x'))
check('fs_paths null', lambda: ucodecs.fs_paths('a\0b', 'x'))
check('intern', lambda: ucodecs.intern('some_interned_text'))
