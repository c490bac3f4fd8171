# The codecs beyond UTF-8, Latin-1 and ASCII through the C-API (the functions delegate to the
# runtime's bytes.decode / str.encode).
import ucodecs


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


for which, data in [('e', b'a\\u20ac\\n'), ('r', b'a\\u20ac\\n'), ('7', b'a+AKM-'), ('L', b'a\x00\xac\x20'),
                    ('B', b'\x00a\x20\xac'), ('6', b'\xff\xfea\x00'), ('3', b'\xff\xfe\x00\x00a\x00\x00\x00')]:
    check('dec_fixed ' + which + ' ' + repr(data), lambda: ucodecs.dec_fixed(which, data))
check('dec utf-16 named', lambda: ucodecs.dec(b'\xff\xfea\x00', 'utf-16'))
for which in '63er':
    check('enc ' + which, lambda: ucodecs.enc(which, 'a\xe9\u20ac'))
