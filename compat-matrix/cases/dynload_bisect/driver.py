# Driver for CPython's own lib-dynload module _bisect, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _bisect
print('from lib-dynload ->', _bisect.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

a = [1, 2, 4, 4, 8]
check('bisect_left 4', lambda: _bisect.bisect_left(a, 4))
check('bisect_right 4', lambda: _bisect.bisect_right(a, 4))
check('bisect_left 0', lambda: _bisect.bisect_left(a, 0))
check('bisect_right 9', lambda: _bisect.bisect_right(a, 9))
check('bisect_left lo=3', lambda: _bisect.bisect_left(a, 2, 3))
check('bisect_right hi=2', lambda: _bisect.bisect_right(a, 8, 0, 2))
check('bisect_left key', lambda: _bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=len))
b = [5, 1]
_bisect.insort_left(b, 3, 1)
print('insort_left lo=1 ->', b)
c = []
for x in [5, 3, 9, 1, 3]:
    _bisect.insort_right(c, x)
print('insort_right ->', c)
check('negative lo', lambda: _bisect.bisect_left(a, 1, -1))
check('not a sequence', lambda: _bisect.bisect_left(None, 1))
check('bad hi type', lambda: _bisect.bisect_left(a, 1, 0, 'x'))
check('mixed types', lambda: _bisect.bisect_left([1, 2], 'a'))
