# Driver for CPython's own lib-dynload module _bz2, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _bz2
print('from lib-dynload ->', _bz2.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

data = b'The quick brown fox jumps over the lazy dog. ' * 50
c = _bz2.BZ2Compressor()
check('compressor type', lambda: type(c).__name__)
out = c.compress(data[:1000]) + c.compress(data[1000:]) + c.flush()
check('compressed prefix', lambda: out[:4])
check('compressed len', lambda: len(out))
check('flush twice', lambda: c.flush())
check('compress after flush', lambda: c.compress(b'x'))
check('level 1', lambda: len(_bz2.BZ2Compressor(1).compress(data) + _bz2.BZ2Compressor(1).flush()) > 0)
check('bad level', lambda: _bz2.BZ2Compressor(10))
check('bad level 0', lambda: _bz2.BZ2Compressor(0))
check('bad data', lambda: _bz2.BZ2Compressor().compress('text'))
d = _bz2.BZ2Decompressor()
check('decompressor type', lambda: type(d).__name__)
check('decompress', lambda: d.decompress(out) == data)
check('eof', lambda: d.eof)
check('needs_input', lambda: d.needs_input)
check('unused', lambda: d.unused_data)
check('after eof', lambda: d.decompress(b'more'))
d2 = _bz2.BZ2Decompressor()
part = d2.decompress(out + b'TRAILING', 100)
check('max_length', lambda: len(part))
check('needs_input false', lambda: d2.needs_input)
rest = d2.decompress(b'', -1)
check('rest', lambda: part + rest == data)
check('trailing unused', lambda: d2.unused_data)
d3 = _bz2.BZ2Decompressor()
pieces = []
for i in range(0, len(out), 7):
    pieces.append(d3.decompress(out[i:i + 7]))
check('byte-wise feeding', lambda: b''.join(pieces) == data)
check('invalid data', lambda: _bz2.BZ2Decompressor().decompress(b'not bz2 data at all'))
check('args', lambda: _bz2.BZ2Decompressor(1))
try:
    class Sub(_bz2.BZ2Compressor):
        pass
    sc = Sub(5)
    print('subclass ->', type(sc).__name__, len(sc.compress(b'abc') + sc.flush()) > 0)
except TypeError as e:
    print('subclass -> TypeError:', str(e))
big = bytes(range(256)) * 4000
bc = _bz2.BZ2Compressor(9)
bo = bc.compress(big) + bc.flush()
check('big round trip', lambda: _bz2.BZ2Decompressor().decompress(bo) == big)
