# Driver for CPython's own lib-dynload module _lzma, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _lzma
print('from lib-dynload ->', _lzma.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

data = b'lzma test data, repeated. ' * 100
check('constants', lambda: (_lzma.FORMAT_AUTO, _lzma.FORMAT_XZ, _lzma.FORMAT_ALONE, _lzma.FORMAT_RAW, _lzma.CHECK_NONE, _lzma.CHECK_CRC32, _lzma.CHECK_CRC64, _lzma.CHECK_SHA256, _lzma.PRESET_DEFAULT, _lzma.PRESET_EXTREME))
check('filter ids', lambda: (_lzma.FILTER_LZMA1, _lzma.FILTER_LZMA2, _lzma.FILTER_DELTA, _lzma.FILTER_X86))
check('LZMAError base', lambda: _lzma.LZMAError.__mro__[1].__name__)
check('is_check_supported', lambda: (_lzma.is_check_supported(_lzma.CHECK_CRC64), _lzma.is_check_supported(_lzma.CHECK_SHA256), _lzma.is_check_supported(15)))
c = _lzma.LZMACompressor()
xz = c.compress(data) + c.flush()
check('xz magic', lambda: xz[:6])
check('flush twice', lambda: c.flush())
check('compress after flush', lambda: c.compress(b'x'))
d = _lzma.LZMADecompressor()
check('decompress', lambda: d.decompress(xz) == data)
check('eof', lambda: d.eof)
check('check', lambda: d.check)
check('unused_data', lambda: d.unused_data)
check('needs_input', lambda: d.needs_input)
check('after eof', lambda: d.decompress(b'x'))
alone = _lzma.LZMACompressor(format=_lzma.FORMAT_ALONE)
ad = alone.compress(data) + alone.flush()
check('alone auto', lambda: _lzma.LZMADecompressor().decompress(ad) == data)
check('alone check', lambda: _lzma.LZMACompressor(format=_lzma.FORMAT_ALONE, check=_lzma.CHECK_CRC32))
filters = [{'id': _lzma.FILTER_DELTA, 'dist': 4}, {'id': _lzma.FILTER_LZMA2, 'preset': 6}]
rc = _lzma.LZMACompressor(format=_lzma.FORMAT_RAW, filters=filters)
raw = rc.compress(data) + rc.flush()
check('raw round trip', lambda: _lzma.LZMADecompressor(format=_lzma.FORMAT_RAW, filters=filters).decompress(raw) == data)
check('raw needs filters', lambda: _lzma.LZMADecompressor(format=_lzma.FORMAT_RAW))
check('raw bad filter', lambda: _lzma.LZMACompressor(format=_lzma.FORMAT_RAW, filters=[{'id': 12345}]))
check('filter no id', lambda: _lzma.LZMACompressor(format=_lzma.FORMAT_RAW, filters=[{'dist': 1}]))
check('filter bad option', lambda: _lzma.LZMACompressor(format=_lzma.FORMAT_RAW, filters=[{'id': _lzma.FILTER_DELTA, 'colour': 1}]))
check('bad format', lambda: _lzma.LZMACompressor(format=99))
check('preset and filters', lambda: _lzma.LZMACompressor(preset=1, filters=filters))
check('bad preset', lambda: _lzma.LZMACompressor(preset=200))
check('check none', lambda: _lzma.LZMADecompressor().decompress(_lzma.LZMACompressor(check=_lzma.CHECK_NONE).compress(b'a') + b'') )
d2 = _lzma.LZMADecompressor()
part = d2.decompress(xz + b'JUNK', 50)
check('max_length', lambda: len(part))
rest = d2.decompress(b'')
check('rest', lambda: part + rest == data)
check('junk unused', lambda: d2.unused_data)
check('invalid', lambda: _lzma.LZMADecompressor().decompress(b'definitely not lzma'))
check('memlimit', lambda: _lzma.LZMADecompressor(memlimit=1024).decompress(xz))
check('memlimit with raw', lambda: _lzma.LZMADecompressor(format=_lzma.FORMAT_RAW, memlimit=10, filters=filters))
props = _lzma._encode_filter_properties({'id': _lzma.FILTER_LZMA1, 'dict_size': 65536, 'lc': 3, 'lp': 0, 'pb': 2})
check('encode props', lambda: props)
dp = _lzma._decode_filter_properties(_lzma.FILTER_LZMA1, props)
check('decode props', lambda: (dp['id'], dp['dict_size'], dp['lc'], dp['lp'], dp['pb']))
check('decode bad', lambda: _lzma._decode_filter_properties(_lzma.FILTER_LZMA1, b''))
big = bytes(range(256)) * 3000
bc = _lzma.LZMACompressor(preset=1)
bo = bc.compress(big) + bc.flush()
check('big', lambda: _lzma.LZMADecompressor().decompress(bo) == big)
