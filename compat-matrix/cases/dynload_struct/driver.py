# Driver for CPython's own lib-dynload module _struct, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _struct
print('from lib-dynload ->', _struct.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('pack <i', lambda: _struct.pack('<i', 1))
check('pack >hhl', lambda: _struct.pack('>hhl', 1, 2, 3))
check('pack q', lambda: _struct.pack('<q', -2))
check('pack Q big', lambda: _struct.pack('<Q', 2 ** 64 - 1))
check('pack d', lambda: _struct.pack('<d', 1.5))
check('pack e', lambda: _struct.pack('<e', 0.5))
check('pack ?', lambda: _struct.pack('??', 0, 1))
check('pack s', lambda: _struct.pack('5s', b'ab'))
check('pack p', lambda: _struct.pack('4p', b'abcdef'))
check('unpack', lambda: _struct.unpack('<iH', b'\x01\x00\x00\x00\xff\xff'))
check('unpack f', lambda: _struct.unpack('>f', b'\x3f\x80\x00\x00'))
check('calcsize', lambda: _struct.calcsize('<iqd'))
check('calcsize native', lambda: _struct.calcsize('ci'))
s = _struct.Struct('<hd')
check('Struct.size', lambda: s.size)
check('Struct.format', lambda: s.format)
check('Struct.pack', lambda: s.pack(7, 2.25))
check('Struct.unpack', lambda: s.unpack(s.pack(-7, 0.125)))
buf = bytearray(8)
_struct.pack_into('<HH', buf, 2, 513, 65535)
print('pack_into ->', buf)
check('unpack_from', lambda: _struct.unpack_from('<H', buf, 2))
check('iter_unpack', lambda: list(_struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
check('overflow', lambda: _struct.pack('<b', 200))
check('bad format', lambda: _struct.pack('<z', 1))
check('wrong count', lambda: _struct.pack('<ii', 1))
check('short buffer', lambda: _struct.unpack('<i', b'\x00'))
check('not an int', lambda: _struct.pack('<i', 'x'))
check('error class', lambda: _struct.error.__name__)
