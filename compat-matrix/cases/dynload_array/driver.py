# Driver for CPython's own lib-dynload module array, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import array
print('from lib-dynload ->', array.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('typecodes', lambda: array.typecodes)
a = array.array('i', [1, 2, 3])
check('repr', lambda: a)
a.append(4)
a.extend([5, 6])
check('after append/extend', lambda: a)
check('len', lambda: len(a))
check('itemsize', lambda: a.itemsize)
check('index', lambda: a[2])
check('negative index', lambda: a[-1])
check('slice', lambda: a[1:4])
check('tolist', lambda: a.tolist())
check('tobytes', lambda: array.array('h', [1, -1]).tobytes())
b = array.array('h')
b.frombytes(b'\x02\x00\x03\x00')
check('frombytes', lambda: b)
a.reverse()
check('reverse', lambda: a)
check('count', lambda: array.array('b', [1, 1, 2]).count(1))
check('pop', lambda: a.pop())
a.insert(0, 99)
check('insert', lambda: a)
a.remove(99)
check('remove', lambda: a)
check('double', lambda: array.array('d', [1.5, -0.0]))
check('unicode', lambda: array.array('u', 'abc'))
check('concat', lambda: array.array('b', [1]) + array.array('b', [2]))
check('repeat', lambda: array.array('B', [7]) * 3)
check('equal', lambda: array.array('i', [1, 2]) == array.array('l', [1, 2]))
c = array.array('H', [1, 258])
c.byteswap()
check('byteswap', lambda: c)
check('buffer_info length', lambda: c.buffer_info()[1])
check('overflow', lambda: array.array('b', [200]))
check('bad typecode', lambda: array.array('z'))
check('wrong item type', lambda: array.array('i', ['x']))
check('index error', lambda: a[100])
check('bytes of memoryview', lambda: bytes(array.array('B', [65, 66])))
