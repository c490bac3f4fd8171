import usur


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('inspect lone', lambda: usur.inspect('\udc80'))
check('inspect mixed', lambda: usur.inspect('a\ud800b\udfff'))
check('inspect latin', lambda: usur.inspect('\xe9\udc80'))
check('inspect astral', lambda: usur.inspect('\U0001f600\ud83d'))
check('inspect pair as two', lambda: usur.inspect('\ud83d\ude00'))
check('from ucs2', lambda: usur.from_units([0x61, 0xD800, 0xDC80], 2))
check('from ucs4', lambda: usur.from_units([0x1F600, 0xDFFF], 4))
check('from ucs2 equal', lambda: usur.from_units([0xDC80], 2) == '\udc80')
check('from ucs4 len', lambda: len(usur.from_units([0xD800, 0xDC00], 4)))
check('ordinal', lambda: usur.from_ordinal(0xDC80))
check('ordinal ord', lambda: ord(usur.from_ordinal(0xD800)))
check('written', lambda: usur.written(0xDCFF))
check('written ops', lambda: (lambda s: (len(s), s[1] == '\udcff', s + '!', s.encode('utf-8', 'surrogateescape')))(usur.written(0xDCFF)))
check('as_utf8 lone', lambda: usur.as_utf8('x\udc80'))
check('as_utf8 ok', lambda: usur.as_utf8('x\xe9'))
check('utf8_string lone', lambda: usur.utf8_string('\ud800'))
check('encode strict', lambda: usur.encode('a\udc80', 'utf-8', 'strict'))
check('encode surrogatepass', lambda: usur.encode('a\udc80', 'utf-8', 'surrogatepass'))
check('encode surrogateescape', lambda: usur.encode('a\udcff', 'utf-8', 'surrogateescape'))
check('decode strict', lambda: usur.decode_utf8(b'\xed\xb2\x80', 'strict'))
check('decode surrogatepass', lambda: usur.decode_utf8(b'a\xed\xb2\x80', 'surrogatepass'))
check('decode surrogateescape', lambda: usur.decode_utf8(b'a\xff\xfe', 'surrogateescape'))
check('fs roundtrip', lambda: usur.fs_roundtrip(b'caf\xe9-\xff'))
