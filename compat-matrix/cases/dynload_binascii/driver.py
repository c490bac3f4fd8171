# Driver for CPython's own lib-dynload module binascii, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import binascii
print('from lib-dynload ->', binascii.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('hexlify', lambda: binascii.hexlify(b'\x00\xffabc'))
check('hexlify sep', lambda: binascii.hexlify(b'\x01\x02\x03\x04', '-', 2))
check('b2a_hex', lambda: binascii.b2a_hex(b'Swallow'))
check('unhexlify', lambda: binascii.unhexlify(b'48656c6c6f'))
check('unhexlify str', lambda: binascii.unhexlify('00ff'))
check('b2a_base64', lambda: binascii.b2a_base64(b'hello world'))
check('b2a_base64 no newline', lambda: binascii.b2a_base64(b'\xfb\xff', newline=False))
check('a2b_base64', lambda: binascii.a2b_base64(b'aGVsbG8gd29ybGQ=\n'))
check('crc32', lambda: binascii.crc32(b'hello'))
check('crc32 seed', lambda: binascii.crc32(b' world', binascii.crc32(b'hello')))
check('crc_hqx', lambda: binascii.crc_hqx(b'hello', 0))
check('b2a_qp', lambda: binascii.b2a_qp(b'caf\xe9 = ok'))
check('a2b_qp', lambda: binascii.a2b_qp(b'caf=E9'))
check('b2a_uu', lambda: binascii.b2a_uu(b'abc'))
check('a2b_uu', lambda: binascii.a2b_uu(b'#86)C\n'))
check('odd length', lambda: binascii.unhexlify(b'abc'))
check('non-hex', lambda: binascii.unhexlify(b'zz'))
check('bad padding', lambda: binascii.a2b_base64(b'abc'))
check('str to b2a', lambda: binascii.b2a_hex('text'))
check('Error is ValueError', lambda: issubclass(binascii.Error, ValueError))
